package org.kompanjoner.listings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a listing is in its life. Only PUBLISHED listings are shown to visitors and searched. The moves
 * a listing can make are all here ({@link #canMoveTo}); each operation on a listing also says which of
 * them it makes (approving only lets out a listing that waits).
 */
public enum ListingState {
    DRAFT,
    PENDING_REVIEW,
    PUBLISHED,
    EXPIRED,
    WITHDRAWN,
    FULFILLED,
    REMOVED;

    public boolean open() {
        return this == DRAFT || this == PENDING_REVIEW || this == PUBLISHED;
    }

    /** True when a listing in this state may move to {@code next}; a closed listing stays closed. */
    public boolean canMoveTo(ListingState next) {
        return nextStates().contains(next);
    }

    private Set<ListingState> nextStates() {
        return switch (this) {
            // Sent out (to review, or at once for a known poster), or given up before anyone saw it.
            case DRAFT -> EnumSet.of(PENDING_REVIEW, PUBLISHED, WITHDRAWN, REMOVED);
            // Approved, sent back to its owner, taken down, or withdrawn by its owner while it waits.
            case PENDING_REVIEW -> EnumSet.of(PUBLISHED, DRAFT, WITHDRAWN, REMOVED);
            // Back to review after an edit with many links, sent back, or closed in one of four ways.
            case PUBLISHED -> EnumSet.of(PENDING_REVIEW, DRAFT, EXPIRED, WITHDRAWN, FULFILLED, REMOVED);
            // Renewed by its owner, or closed for good.
            case EXPIRED -> EnumSet.of(PUBLISHED, WITHDRAWN, FULFILLED, REMOVED);
            case WITHDRAWN, FULFILLED, REMOVED -> EnumSet.noneOf(ListingState.class);
        };
    }
}
