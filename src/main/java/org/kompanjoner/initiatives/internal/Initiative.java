package org.kompanjoner.initiatives.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.kompanjoner.initiatives.InitiativeState;

/** An initiative as stored: its content, its owners and where it is in the workflow. */
public record Initiative(
        long id,
        InitiativeContent content,
        InitiativeState state,
        boolean changedSinceReview,
        LocalDate verifiedOn,
        LocalDate remindedOn,
        List<Long> ownerIds,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    public Initiative {
        ownerIds = List.copyOf(ownerIds);
    }

    public boolean ownedBy(long personId) {
        return ownerIds.contains(personId);
    }

    public boolean published() {
        return state == InitiativeState.PUBLISHED;
    }

    /**
     * The day from which verification is counted: the last verification, or publication for an entry
     * never verified (a coordinator looked at it then).
     */
    public LocalDate checkedSince(ZoneId zone) {
        if (verifiedOn != null) {
            return verifiedOn;
        }
        return publishedAt == null ? null : publishedAt.atZone(zone).toLocalDate();
    }
}
