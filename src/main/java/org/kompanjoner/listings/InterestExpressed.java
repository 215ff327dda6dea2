package org.kompanjoner.listings;

/** A member answered a listing; its owner is to decide. */
public record InterestExpressed(long interestId, ListingFacts listing, long memberId) {}
