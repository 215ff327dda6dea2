package org.kompanjoner.accounts;

import java.util.List;

/** What other modules may know of an organisation. */
public record OrganisationSummary(
        long id,
        String slug,
        String name,
        String organisationNumber,
        String sector,
        String size,
        String municipality,
        List<String> challenges) {}
