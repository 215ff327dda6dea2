package org.kompanjoner.listings;

/** A listing's owner accepted a member's interest: a cross-sector contact is made. */
public record InterestAccepted(long interestId, long listingId) {}
