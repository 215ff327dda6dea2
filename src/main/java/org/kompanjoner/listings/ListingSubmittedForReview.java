package org.kompanjoner.listings;

/** A listing waits for a coordinator: the poster's first, or text that tripped the spam rules. */
public record ListingSubmittedForReview(ListingFacts listing) {

    public long listingId() {
        return listing.listingId();
    }
}
