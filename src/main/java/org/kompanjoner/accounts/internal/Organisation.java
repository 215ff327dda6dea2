package org.kompanjoner.accounts.internal;

import java.time.Instant;
import java.util.List;
import org.kompanjoner.accounts.OrganisationSummary;

/** An organisation's public profile. */
public record Organisation(
        long id,
        String slug,
        String name,
        String organisationNumber,
        String sector,
        String size,
        String municipality,
        String website,
        String description,
        List<String> challenges,
        Instant createdAt) {

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, slug, name, organisationNumber, sector, size, municipality, challenges);
    }
}
