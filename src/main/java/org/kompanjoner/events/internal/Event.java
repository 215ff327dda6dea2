package org.kompanjoner.events.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** An event as stored: its plan and whether it still takes place. */
public record Event(long id, EventPlan plan, State state, long createdBy) {

    public enum State {
        PUBLISHED,
        CANCELLED
    }

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "2026-12-20 13:00–16:00" in {@code zone}, or both dates when the event runs over midnight. */
    public String when(ZoneId zone) {
        ZonedDateTime start = plan.startsAt().atZone(zone);
        ZonedDateTime end = plan.endsAt().atZone(zone);
        return start.format(DAY_AND_TIME) + "–"
                + (start.toLocalDate().equals(end.toLocalDate()) ? end.format(TIME) : end.format(DAY_AND_TIME));
    }

    /** Whether registration is open at {@code now}: between its opening and closing, and not cancelled. */
    public boolean registrationOpen(Instant now) {
        return state == State.PUBLISHED
                && !now.isBefore(plan.registrationOpensAt())
                && now.isBefore(plan.registrationClosesAt());
    }
}
