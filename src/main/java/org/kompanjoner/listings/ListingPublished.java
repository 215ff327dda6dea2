package org.kompanjoner.listings;

/** A listing became visible to everyone (after review, or at once for a trusted poster). */
public record ListingPublished(long listingId) {}
