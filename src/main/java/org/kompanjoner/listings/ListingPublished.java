package org.kompanjoner.listings;

/** A listing became visible to everyone (after review, or at once for a trusted poster). */
public record ListingPublished(ListingFacts listing) {

    public long listingId() {
        return listing.listingId();
    }
}
