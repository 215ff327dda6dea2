package org.kompanjoner.initiatives;

import java.util.List;

/**
 * What a listener elsewhere needs to know of an initiative without asking for it: its owners, the
 * organisations on the platform that take part, its societal challenges and sectors, and where it is.
 */
public record InitiativeFacts(
        String name,
        Stage stage,
        List<Long> ownerIds,
        List<Long> organisationIds,
        List<String> challenges,
        List<String> sectors,
        String municipality) {

    public InitiativeFacts {
        ownerIds = List.copyOf(ownerIds);
        organisationIds = List.copyOf(organisationIds);
        challenges = List.copyOf(challenges);
        sectors = List.copyOf(sectors);
    }
}
