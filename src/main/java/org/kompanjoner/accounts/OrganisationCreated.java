package org.kompanjoner.accounts;

/** A member created an organisation and became its owner. */
public record OrganisationCreated(long organisationId, long ownerId) {}
