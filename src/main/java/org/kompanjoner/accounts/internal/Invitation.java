package org.kompanjoner.accounts.internal;

import java.time.Instant;

/** An owner's invitation for an address to join an organisation. */
public record Invitation(
        long id,
        long organisationId,
        String email,
        String invitedByName,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt) {

    public boolean open() {
        return acceptedAt == null && expiresAt.isAfter(Instant.now());
    }
}
