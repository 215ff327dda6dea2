package org.kompanjoner.programmes;

/** Where an application to a programme stands. */
public enum ApplicationStatus {
    /** Waiting for the coordinators' decision. */
    NEW,
    ACCEPTED,
    /** On the waiting list: accepted if a place comes free. */
    WAITING,
    DECLINED
}
