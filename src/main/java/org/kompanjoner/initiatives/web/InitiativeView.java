package org.kompanjoner.initiatives.web;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.List;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.InitiativeContent;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.ShownTexts;

/**
 * An initiative as a page shows it: its name, summary and description in the reader's language when it
 * has them (else the original, said so), names instead of codes, the organisations with their pages, the
 * texts as safe HTML, and the contact person's name (never a member's address).
 */
public record InitiativeView(
        Initiative initiative,
        Translated.Shown<TextFields> shown,
        String place,
        List<String> challenges,
        List<String> sectors,
        List<Organisation> organisations,
        Content description,
        Content outcomes,
        String contactName,
        LocalDate checkedSince)
        implements ShownTexts {

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
