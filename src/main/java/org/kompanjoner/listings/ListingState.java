package org.kompanjoner.listings;

/** Where a listing is in its life. Only PUBLISHED listings are shown to visitors and searched. */
public enum ListingState {
    DRAFT,
    PENDING_REVIEW,
    PUBLISHED,
    EXPIRED,
    WITHDRAWN,
    FULFILLED,
    REMOVED;

    public boolean open() {
        return this == DRAFT || this == PENDING_REVIEW || this == PUBLISHED;
    }
}
