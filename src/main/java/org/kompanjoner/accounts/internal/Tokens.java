package org.kompanjoner.accounts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kompanjoner.shared.SecretToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time secrets mailed to a person: verify an address, reset a password, confirm a new address. */
@Repository
class Tokens {

    enum Purpose {
        VERIFY_EMAIL(Duration.ofDays(3)),
        RESET_PASSWORD(Duration.ofHours(1)),
        CHANGE_EMAIL(Duration.ofDays(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    record Redeemed(long personId, String newEmail, String nextPath) {}

    private final JdbcClient jdbc;

    Tokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new secret; earlier unused ones for the same purpose stop working. */
    SecretToken issue(long personId, Purpose purpose, String newEmail, String nextPath) {
        Instant now = Instant.now();
        jdbc.sql("update accounts_token set used_at = ? where person_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(now), personId, purpose.name())
                .update();
        SecretToken token = SecretToken.generate();
        jdbc.sql("""
                insert into accounts_token (person_id, purpose, token_hash, new_email, next_path, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        personId,
                        purpose.name(),
                        token.hash(),
                        newEmail,
                        nextPath,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(purpose.lifetime)))
                .update();
        return token;
    }

    /** The unexpired, unused token with this secret, if any, without using it up. */
    Optional<Redeemed> peek(Purpose purpose, String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select person_id, new_email, next_path from accounts_token
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                """)
                .params(SecretToken.hashOf(secret), purpose.name(), Timestamp.from(Instant.now()))
                .query((rs, row) ->
                        new Redeemed(rs.getLong("person_id"), rs.getString("new_email"), rs.getString("next_path")))
                .optional();
    }

    /** Uses the token up; only one caller can ever succeed with the same secret. */
    Optional<Redeemed> redeem(Purpose purpose, String secret) {
        Optional<Redeemed> found = peek(purpose, secret);
        if (found.isEmpty()) {
            return found;
        }
        int used = jdbc.sql("update accounts_token set used_at = ? where token_hash = ? and used_at is null")
                .params(Timestamp.from(Instant.now()), SecretToken.hashOf(secret))
                .update();
        return used == 1 ? found : Optional.empty();
    }
}
