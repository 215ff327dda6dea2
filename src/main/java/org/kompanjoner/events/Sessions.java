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
    void seat(long eventId, long personId);

    /** The members marked present at the event. */
    Set<Long> attended(long eventId);
}
