package org.kompanjoner.events.internal;

import java.time.Instant;

/** An event as stored: its plan and whether it still takes place. */
public record Event(long id, EventPlan plan, State state, long createdBy) {

    public enum State {
        PUBLISHED,
        CANCELLED
    }

    /** Whether registration is open at {@code now}: between its opening and closing, and not cancelled. */
    public boolean registrationOpen(Instant now) {
        return state == State.PUBLISHED
                && !now.isBefore(plan.registrationOpensAt())
                && now.isBefore(plan.registrationClosesAt());
    }
}
