package org.kompanjoner.accounts.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.accounts.Role;

/** A person with an account. */
public record Person(
        long id,
        String email,
        String displayName,
        String passwordHash,
        Locale locale,
        Instant emailVerifiedAt,
        Instant createdAt,
        Set<Role> roles) {

    public boolean verified() {
        return emailVerifiedAt != null;
    }

    public PersonSummary summary() {
        return new PersonSummary(id, displayName, email, locale);
    }
}
