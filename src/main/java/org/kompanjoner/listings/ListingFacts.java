package org.kompanjoner.listings;

import java.util.List;

/**
 * What a listing is about, carried by every listing event so that a listener in another module (search,
 * matching, reporting) learns what it needs without calling back: who posted it and for which
 * organisation, what kind it is, its challenges, the sectors it seeks and where it is.
 *
 * @param organisationId the organisation it is posted for, or null for a person on their own
 * @param placeCode the municipality or county code for a listing in one place, else null
 */
public record ListingFacts(
        long listingId,
        long ownerId,
        Long organisationId,
        Category category,
        Direction direction,
        List<String> challenges,
        List<String> sectors,
        PlaceKind placeKind,
        String placeCode,
        String language) {

    public ListingFacts {
        challenges = List.copyOf(challenges);
        sectors = List.copyOf(sectors);
    }
}
