package org.kompanjoner.accounts.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kompanjoner.shared.NodeLocal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Failed sign-ins in this node's memory: the default, as for the other limits. */
@Component
@ConditionalOnProperty(name = "kompanjoner.rate-limits", havingValue = "memory", matchIfMissing = true)
class MemorySignInFailures implements SignInFailures {

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();

    @Override
    public Optional<Failures> of(String pair) {
        return Optional.ofNullable(pairs.get(pair));
    }

    @Override
    public void add(String pair, Instant at) {
        pairs.merge(pair, new Failures(1, at), (before, now) -> new Failures(before.count() + 1, now.last()));
    }

    @Override
    public void clear(String pair) {
        pairs.remove(pair);
    }

    /** This node's own map: every node tidies its own, so no lock. */
    @Scheduled(fixedDelay = 600_000)
    @NodeLocal
    void forgetOldFailures() {
        Instant horizon = Instant.now().minus(SignInThrottle.FORGOTTEN_AFTER);
        pairs.values().removeIf(failures -> failures.last().isBefore(horizon));
    }
}
