package org.kompanjoner.listings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The marketplace as other modules (moderation, search, matching) see it. */
public interface Listings {

    Optional<ListingSummary> find(long listingId);

    /** Listings waiting for a coordinator, oldest first. */
    List<ListingSummary> waitingForReview();

    /**
     * A coordinator lets a waiting listing out. {@code seen} is the {@link ListingSummary#updatedAt} of the
     * version the coordinator read: false when the listing is no longer waiting or has changed since, so
     * that nothing is published that nobody looked at.
     */
    boolean approve(long listingId, long coordinatorId, Instant seen);

    /** A coordinator sends a listing back to its owner as a draft, with what to change. */
    boolean askForChanges(long listingId, long coordinatorId, String message);

    /** A coordinator takes a listing down; the owner is told why. False when it was already closed. */
    boolean remove(long listingId, long coordinatorId, String reason);
}
