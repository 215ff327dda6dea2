package org.kompanjoner.listings.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.kompanjoner.listings.ListingFacts;
import org.kompanjoner.listings.ListingState;

/** A listing as stored: its content, its owner and where it is in its life. */
public record Listing(
        long id,
        long ownerId,
        ListingContent content,
        ListingState state,
        String fulfilledStory,
        String removalReason,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    public boolean ownedBy(long personId) {
        return ownerId == personId;
    }

    /** What the listing is about, for the events other modules listen to. */
    public ListingFacts facts() {
        return facts(id, ownerId, content);
    }

    static ListingFacts facts(long id, long ownerId, ListingContent content) {
        return new ListingFacts(
                id,
                ownerId,
                content.organisationId(),
                content.category(),
                content.direction(),
                content.challenges(),
                content.sectors(),
                content.placeKind(),
                content.placeCode(),
                content.language());
    }

    /** Published and not past its expiry date: what visitors may see and answer. */
    public boolean live(LocalDate today) {
        return state == ListingState.PUBLISHED && !content.expiresOn().isBefore(today);
    }
}
