package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits for sign-in and public forms, keyed by a scope and a key (a client address, an e-mail address):
 * at most so many attempts in a period, all of them available again when the period has passed. The
 * counts live in this node's memory by default (a limit per node is still a limit, and a restart only
 * forgives); with {@code kompanjoner.rate-limits=database} they live in the database, so every node
 * counts against one limit.
 */
@Component
public class RateLimiter {

    /** At most {@code attempts} within {@code per}, refilled all at once at the end of the period. */
    public record Limit(long attempts, Duration per) {}

    private final RateCounts counts;

    /** Counts in this node's memory, as when nothing else is configured. */
    public RateLimiter() {
        this(new MemoryRateCounts());
    }

    @Autowired
    RateLimiter(RateCounts counts) {
        this.counts = counts;
    }

    /** Takes one attempt; false when the limit is used up. */
    public boolean tryConsume(String scope, String key, Limit limit) {
        return counts.take(scope, key, limit) == 0;
    }

    /**
     * Takes one attempt; 0 when it was allowed, else the seconds until one is available again (at
     * least 1), for the {@code Retry-After} of the refusal.
     */
    public long secondsRefused(String scope, String key, Limit limit) {
        return counts.take(scope, key, limit);
    }

    /**
     * Takes one attempt for the address the request comes from; when it is refused, the response becomes
     * a 429 with its {@code Retry-After} and the answer is true: the caller then shows its "too many" page
     * and stores nothing.
     */
    public boolean refusedFromAddress(
            String scope, Limit limit, HttpServletRequest request, HttpServletResponse response) {
        long wait = secondsRefused(scope, Requests.clientAddress(request), limit);
        if (wait > 0) {
            Requests.tooMany(response, wait);
        }
        return wait > 0;
    }

    /** True when no attempt is left, without taking one. */
    public boolean exhausted(String scope, String key, Limit limit) {
        return counts.exhausted(scope, key, limit);
    }

    /** Seconds until an attempt is available again, at least 1. */
    public long secondsToWait(String scope, String key, Limit limit) {
        return counts.secondsToWait(scope, key, limit);
    }

    /** Whole seconds, rounded up and at least 1, as a {@code Retry-After} wants them. */
    static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + 1);
    }
}
