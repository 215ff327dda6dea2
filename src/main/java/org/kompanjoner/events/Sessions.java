package org.kompanjoner.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Events as the sessions of something larger (a programme, a board's meeting): other modules find
 * them, give people places at them, and read who came. Attendance changes are published as
 * {@link AttendanceMarked}.
 */
public interface Sessions {

    Optional<EventSummary> find(long eventId);

    /** Events not yet over that {@code personId} organises (or every such event, for an administrator). */
    List<EventSummary> upcomingOrganisedBy(long personId, boolean administrator);

    /** Whether {@code personId} organises the event. */
    boolean organises(long eventId, long personId);

    /** A place at the event for {@code personId}, whatever its capacity or window; mailed to them. */
    default void seat(long eventId, long personId) {
        seat(eventId, personId, true);
    }

    /** The same; {@code tell} false sends no mail (for demo data, where nobody is told anything). */
    void seat(long eventId, long personId, boolean tell);

    /** Takes back {@code personId}'s place at the event, if they have one (no longer a participant). */
    void release(long eventId, long personId);

    /** Schedules an event for invited people only, organised by {@code organiser}; returns its id. */
    long schedule(SessionPlan plan, long organiser);

    /** Marks a member with a place present, or not, as an organiser at the door would. */
    void markPresent(long eventId, long personId, boolean present);

    /** The members marked present at the event. */
    Set<Long> attended(long eventId);
}
