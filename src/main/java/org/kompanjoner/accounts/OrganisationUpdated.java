package org.kompanjoner.accounts;

/** An owner changed an organisation's profile. */
public record OrganisationUpdated(long organisationId) {}
