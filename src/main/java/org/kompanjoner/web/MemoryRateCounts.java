package org.kompanjoner.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kompanjoner.shared.NodeLocal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts in this node's memory, as Bucket4j token buckets that refill all at once at the end of their
 * period. The default: a single node needs nothing else. Buckets that have refilled are dropped every few
 * minutes so the map stays small.
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.rate-limits", havingValue = "memory", matchIfMissing = true)
class MemoryRateCounts implements RateCounts {

    private record Entry(Bucket bucket, long capacity) {}

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    @Override
    public long take(String scope, String key, RateLimiter.Limit limit) {
        ConsumptionProbe probe = bucket(scope, key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : RateLimiter.seconds(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public boolean exhausted(String scope, String key, RateLimiter.Limit limit) {
        return bucket(scope, key, limit).getAvailableTokens() <= 0;
    }

    @Override
    public long secondsToWait(String scope, String key, RateLimiter.Limit limit) {
        long nanos = bucket(scope, key, limit).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return RateLimiter.seconds(Duration.ofNanos(nanos));
    }

    private Bucket bucket(String scope, String key, RateLimiter.Limit limit) {
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
