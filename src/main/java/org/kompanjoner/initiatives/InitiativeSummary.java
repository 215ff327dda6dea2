package org.kompanjoner.initiatives;

import java.time.Instant;
import java.util.List;

/** What other modules may know of an initiative; {@code language} is the language its text is written in. */
public record InitiativeSummary(
        long id,
        String name,
        String summary,
        Stage stage,
        InitiativeState state,
        String municipality,
        List<Long> ownerIds,
        Instant updatedAt,
        String language) {

    public InitiativeSummary {
        ownerIds = List.copyOf(ownerIds);
    }
}
