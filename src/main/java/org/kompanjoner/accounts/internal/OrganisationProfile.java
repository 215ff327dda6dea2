package org.kompanjoner.accounts.internal;

import java.util.List;

/** The checked content of an organisation's profile, as an owner submits it. */
public record OrganisationProfile(
        String name,
        String organisationNumber,
        String sector,
        String size,
        String municipality,
        String website,
        String description,
        List<String> challenges) {}
