package org.kompanjoner.accounts;

import java.util.Locale;

/** What other modules may know of a person. */
public record PersonSummary(long id, String displayName, String email, Locale locale) {}
