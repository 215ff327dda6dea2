package org.kompanjoner.accounts;

import java.util.List;

/**
 * An owner changed an organisation's profile; {@code name} is the name it has now (what search shows
 * beside its listings).
 */
public record OrganisationUpdated(
        long organisationId, String name, String sector, String size, String municipality, List<String> challenges) {

    public OrganisationUpdated {
        challenges = List.copyOf(challenges);
    }
}
