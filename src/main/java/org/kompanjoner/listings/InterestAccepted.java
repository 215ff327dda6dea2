package org.kompanjoner.listings;

/**
 * A listing's owner accepted a member's interest: a contact is made between the owner (and the
 * listing's organisation) and the member.
 */
public record InterestAccepted(long interestId, ListingFacts listing, long memberId) {}
