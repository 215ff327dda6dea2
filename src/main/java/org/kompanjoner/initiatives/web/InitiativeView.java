package org.kompanjoner.initiatives.web;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.List;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.InitiativeContent;

/**
 * An initiative as a page shows it: names instead of codes, the organisations with their pages, the
 * texts as safe HTML, and the contact person's name (never a member's address).
 */
public record InitiativeView(
        Initiative initiative,
        String place,
        List<String> challenges,
        List<String> sectors,
        List<Organisation> organisations,
        Content description,
        Content outcomes,
        String contactName,
        LocalDate checkedSince) {

    /** An organisation taking part: {@code path} is its page here, or null for one that is not on the platform. */
    public record Organisation(Long id, String name, String path) {}

    public InitiativeContent content() {
        return initiative.content();
    }

    public long id() {
        return initiative.id();
    }

    public boolean hasFigures() {
        return content().peopleReached() != null
                || content().jobs() != null
                || content().volunteers() != null;
    }
}
