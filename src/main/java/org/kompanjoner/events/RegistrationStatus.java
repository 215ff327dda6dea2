package org.kompanjoner.events;

/** Where a registration stands. Only {@link #holdsSeat() some} take one of the event's places. */
public enum RegistrationStatus {
    /** A guest who has not yet followed the link mailed to them: holds a seat for a day at most. */
    UNCONFIRMED,
    /** Has a seat. */
    CONFIRMED,
    /** In line for a seat, by {@code waiting position}. */
    WAITING,
    /** Offered a freed seat, held for them until the offer's time runs out. */
    OFFERED,
    /** Let a seat held for them pass: an offer not taken in time, or a guest address not confirmed in a day. */
    LAPSED,
    /** Cancelled by the person, or by the organiser. */
    CANCELLED;

    public boolean holdsSeat() {
        return this == UNCONFIRMED || this == CONFIRMED || this == OFFERED;
    }

    /** Still counts as registered: the person is not registered again, but told where they stand. */
    public boolean active() {
        return this != LAPSED && this != CANCELLED;
    }
}
