package org.kompanjoner.listings;

import java.time.Instant;

/** What other modules may know of a listing. */
public record ListingSummary(
        long id, long ownerId, String title, String summary, ListingState state, Instant updatedAt) {}
