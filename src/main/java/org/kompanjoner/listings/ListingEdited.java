package org.kompanjoner.listings;

/** The owner changed a listing's text or classification (or renewed it). */
public record ListingEdited(ListingFacts listing) {

    public long listingId() {
        return listing.listingId();
    }
}
