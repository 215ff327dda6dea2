package org.kompanjoner.programmes.boards;

import java.time.Instant;

/** A follow-up of a case, three or six months after the advice: due, sent, and perhaps answered. */
public record FollowUp(
        long id,
        long caseId,
        int months,
        Instant dueAt,
        Instant sentAt,
        Instant answeredAt,
        String howItWent,
        String stepsTaken,
        Integer rating) {

    public static final int MAX_TEXT = 2000;

    public boolean answered() {
        return answeredAt != null;
    }
}
