package org.kompanjoner.events;

import java.time.Instant;
import java.util.List;

/**
 * An event another module schedules for those it invites (a programme's session, a board's meeting): a
 * venue, an online link or both; registration is the organisers' to give.
 */
public record SessionPlan(
        String title,
        String summary,
        List<String> challenges,
        Instant startsAt,
        Instant endsAt,
        String venueAddress,
        String municipality,
        String onlineLink,
        String language) {

    public SessionPlan {
        challenges = List.copyOf(challenges);
    }
}
