package org.kompanjoner.accounts.internal;

import java.time.Instant;
import org.kompanjoner.accounts.MembershipRole;

/** A person in an organisation. */
public record Member(long personId, String displayName, String email, MembershipRole role, Instant joinedAt) {

    public boolean owner() {
        return role == MembershipRole.OWNER;
    }
}
