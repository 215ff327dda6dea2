package org.kompanjoner.listings;

import java.time.Instant;

/** What other modules may know of a listing; {@code language} is the language its text is written in. */
public record ListingSummary(
        long id, long ownerId, String title, String summary, ListingState state, Instant updatedAt, String language) {}
