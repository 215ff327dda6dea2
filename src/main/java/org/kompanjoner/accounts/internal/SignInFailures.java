package org.kompanjoner.accounts.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link SignInThrottle} keeps the failed sign-ins of each account and client address: this node's
 * memory, or the database every node shares.
 */
interface SignInFailures {

    /** How many failures in a row, and when the last one was. */
    record Failures(int count, Instant last) {}

    Optional<Failures> of(String pair);

    /** Counts one more failure at {@code at}. */
    void add(String pair, Instant at);

    /** Forgets the pair (after a success). */
    void clear(String pair);
}
