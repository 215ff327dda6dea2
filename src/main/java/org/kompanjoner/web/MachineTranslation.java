package org.kompanjoner.web;

import java.util.Optional;

/**
 * A machine that translates people's text from one language into another, for the translation forms'
 * "translate by machine" button. It is off unless an operator configures one: the platform sends no text
 * anywhere by itself. Whatever it answers is a draft that a person reads before it counts as theirs.
 */
public interface MachineTranslation {

    /** Whether a machine is configured; without one no button is shown and nothing is ever sent. */
    boolean available();

    /**
     * {@code text} in the language {@code to}, or empty when the machine is not configured, failed or was
     * too slow: the form then says so and the person writes the translation themselves.
     *
     * @param from the language code of the text ({@code sv}, {@code en}, {@code ar})
     * @param to the language code wanted
     */
    Optional<String> translate(String text, String from, String to);
}
