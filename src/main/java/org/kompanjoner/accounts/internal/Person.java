package org.kompanjoner.accounts.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.accounts.Role;

/**
 * A person with an account. {@code sessionEpoch} goes up whenever their password changes, which ends
 * their other sessions.
 */
public record Person(
        long id,
        String email,
        String displayName,
        String passwordHash,
        Locale locale,
        Instant emailVerifiedAt,
        Instant createdAt,
        Set<Role> roles,
        int sessionEpoch) {

    Person withRoles(Set<Role> granted) {
        return new Person(
                id,
                email,
                displayName,
                passwordHash,
                locale,
                emailVerifiedAt,
                createdAt,
                Set.copyOf(granted),
                sessionEpoch);
    }

    public boolean verified() {
        return emailVerifiedAt != null;
    }

    public PersonSummary summary() {
        return new PersonSummary(id, displayName, email, locale);
    }
}
