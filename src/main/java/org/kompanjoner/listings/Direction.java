package org.kompanjoner.listings;

/** Whether the poster offers something or seeks it (a company seeking competence is COMPETENCE/SEEKING). */
public enum Direction {
    OFFERING,
    SEEKING;

    /** The direction a good partner listing has. */
    public Direction complement() {
        return this == OFFERING ? SEEKING : OFFERING;
    }
}
