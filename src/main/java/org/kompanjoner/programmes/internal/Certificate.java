package org.kompanjoner.programmes.internal;

import java.time.Instant;

/** A completion of a programme: the certificate anyone can check by its code, unless revoked. */
public record Certificate(
        long id,
        long programmeId,
        long personId,
        String holderName,
        String code,
        int sessionsAttended,
        Instant completedAt,
        Instant revokedAt,
        String revokedReason,
        boolean revokedByRule) {

    public boolean valid() {
        return revokedAt == null;
    }
}
