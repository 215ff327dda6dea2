package org.kompanjoner.events.internal;

import java.time.Instant;

/** An event as stored: its plan and whether it still takes place. */
public record Event(long id, EventPlan plan, State state, long createdBy) {

    public enum State {
        PUBLISHED,
        CANCELLED
    }

    /** "2026-12-20 13:00–16:00" in {@code zone}, or both dates when the event runs over midnight. */
    public String when(java.time.ZoneId zone) {
        java.time.ZonedDateTime start = plan.startsAt().atZone(zone);
        java.time.ZonedDateTime end = plan.endsAt().atZone(zone);
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return start.format(day) + "–"
                + (start.toLocalDate().equals(end.toLocalDate())
                        ? end.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))
                        : end.format(day));
    }

    /** Whether registration is open at {@code now}: between its opening and closing, and not cancelled. */
    public boolean registrationOpen(Instant now) {
        return state == State.PUBLISHED
                && !now.isBefore(plan.registrationOpensAt())
                && now.isBefore(plan.registrationClosesAt());
    }
}
