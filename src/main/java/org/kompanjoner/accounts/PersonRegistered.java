package org.kompanjoner.accounts;

/** Someone created an account (not yet verified). */
public record PersonRegistered(long personId) {}
