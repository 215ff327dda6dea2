package org.kompanjoner.programmes.boards;

import java.time.Instant;

/** A case as stored: what the entrepreneur brought, where it stands, the advice and the story. */
public record BoardCase(
        long id,
        long entrepreneurId,
        String organisation,
        String challenge,
        String question,
        String tried,
        String help,
        CaseStatus status,
        String message,
        Long eventId,
        String advice,
        String nextSteps,
        Instant advisedAt,
        boolean consent,
        String storyTitle,
        String storyText,
        Instant storyPublishedAt,
        Instant createdAt) {

    public boolean storyPublished() {
        return storyPublishedAt != null;
    }
}
