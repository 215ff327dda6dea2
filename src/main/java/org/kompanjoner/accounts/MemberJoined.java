package org.kompanjoner.accounts;

/** A person accepted an invitation and joined an organisation. */
public record MemberJoined(long organisationId, long personId) {}
