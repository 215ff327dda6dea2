package org.kompanjoner.listings;

/** A published listing stopped being shown: withdrawn, fulfilled, expired or removed. */
public record ListingClosed(long listingId, ListingState state) {}
