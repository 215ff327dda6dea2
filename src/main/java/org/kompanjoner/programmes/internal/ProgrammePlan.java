package org.kompanjoner.programmes.internal;

import java.time.Instant;
import java.util.List;

/**
 * What a coordinator plans: the programme as it is shown and applied to. {@code capacity} null is no
 * limit; {@code sessionsRequired}: the completion rule, at least this many sessions attended.
 */
public record ProgrammePlan(
        String title,
        String summary,
        String description,
        List<String> challenges,
        Instant intakeOpensAt,
        Instant intakeClosesAt,
        Integer capacity,
        int sessionsRequired,
        boolean trainsFacilitators,
        String language) {

    public ProgrammePlan {
        challenges = List.copyOf(challenges);
    }

    /** Whether applications are taken at {@code now}. */
    public boolean intakeOpen(Instant now) {
        return !now.isBefore(intakeOpensAt) && now.isBefore(intakeClosesAt);
    }
}
