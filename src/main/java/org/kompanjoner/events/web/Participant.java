package org.kompanjoner.events.web;

import java.util.Map;
import org.kompanjoner.events.internal.Registration;

/**
 * A registration as its organisers see it: with the person's name and address, and their answers to the
 * event's questions by key.
 */
public record Participant(Registration registration, String name, String email, Map<String, String> answers) {

    public String answer(String key) {
        return answers.getOrDefault(key, "");
    }
}
