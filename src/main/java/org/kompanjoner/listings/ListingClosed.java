package org.kompanjoner.listings;

/** A listing stopped being shown, or was closed after it expired: withdrawn, fulfilled, expired, removed or sent back. */
public record ListingClosed(ListingFacts listing, ListingState state) {

    public long listingId() {
        return listing.listingId();
    }
}
