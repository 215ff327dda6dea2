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

    Organisation withChallenges(List<String> codes) {
        return new Organisation(
                id, slug, name, organisationNumber, sector, size, municipality, website, description, codes, createdAt);
    }

    /**
     * A sole trader's organisation number is their personal identity number (its third digit is below 2);
     * that is personal data and is shown to the organisation's own members only.
     */
    public boolean numberIsPersonal() {
        return organisationNumber.length() > 2 && organisationNumber.charAt(2) < '2';
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, slug, name, organisationNumber, sector, size, municipality, challenges);
    }
}
