package org.kompanjoner.programmes.facilitators;

/**
 * Where a request for a facilitator stands. An assigned request is accepted by its facilitator (which
 * the request records) or declined, when it goes back to {@link #NEW}.
 */
public enum RequestStatus {
    NEW,
    ASSIGNED,
    DONE,
    DECLINED;

    public boolean open() {
        return this == NEW || this == ASSIGNED;
    }
}
