package org.kompanjoner.accounts;

import java.util.List;

/**
 * A member created an organisation and became its owner; with what listeners elsewhere need to know of
 * it (its sector and size for reporting, its municipality and challenges for matching).
 */
public record OrganisationCreated(
        long organisationId,
        long ownerId,
        String name,
        String sector,
        String size,
        String municipality,
        List<String> challenges) {

    public OrganisationCreated {
        challenges = List.copyOf(challenges);
    }
}
