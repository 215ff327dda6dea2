package org.kompanjoner.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kompanjoner.shared.NodeLocal;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets for sign-in and public forms, keyed by a scope and a key (a client address, an e-mail
 * address). Buckets live in this node's memory: a limit per node is still a limit, and a restart only
 * forgives. Buckets that have refilled are dropped every few minutes so the map stays small.
 */
@Component
public class RateLimiter {

    /** At most {@code attempts} within {@code per}, refilled all at once at the end of the period. */
    public record Limit(long attempts, Duration per) {}

    private record Entry(Bucket bucket, long capacity) {}

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    /** Takes one attempt; false when the limit is used up. */
    public boolean tryConsume(String scope, String key, Limit limit) {
        return bucket(scope, key, limit).tryConsume(1);
    }

    /**
     * Takes one attempt; 0 when it was allowed, else the seconds until one is available again (at
     * least 1), for the {@code Retry-After} of the refusal.
     */
    public long secondsRefused(String scope, String key, Limit limit) {
        ConsumptionProbe probe = bucket(scope, key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? 0
                : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
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
        return bucket(scope, key, limit).getAvailableTokens() <= 0;
    }

    /** Seconds until an attempt is available again, at least 1. */
    public long secondsToWait(String scope, String key, Limit limit) {
        long nanos = bucket(scope, key, limit).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
    }

    private Bucket bucket(String scope, String key, Limit limit) {
        return buckets.computeIfAbsent(
                        scope + "|" + key,
                        ignored -> new Entry(
                                Bucket.builder()
                                        .addLimit(Bandwidth.builder()
                                                .capacity(limit.attempts())
                                                .refillIntervally(limit.attempts(), limit.per())
                                                .build())
                                        .build(),
                                limit.attempts()))
                .bucket();
    }

    /** This node's own map: every node tidies its own, so no lock. */
    @Scheduled(fixedDelay = 300_000)
    @NodeLocal
    void dropRefilledBuckets() {
        buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.capacity());
    }
}
