package org.kompanjoner.listings;

/** The owner changed a listing's text or classification. */
public record ListingEdited(long listingId) {}
