package org.kompanjoner.search.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server time of every search, per collection, whichever engine answers: the metric
 * {@code kompanjoner.search} with its 50th, 95th and 99th percentiles (under
 * {@code /actuator/metrics/kompanjoner.search.percentile}), so that an operator sees how search keeps
 * pace as the listings grow.
 */
@Component
public class SearchTimer {

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Autowired
    SearchTimer(ObjectProvider<MeterRegistry> registry) {
        this(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    SearchTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A timer of its own, for an engine made outside Spring (in tests). */
    static SearchTimer unregistered() {
        return new SearchTimer(new SimpleMeterRegistry());
    }

    public <T> T time(String collection, Supplier<T> search) {
        return timers.computeIfAbsent(
                        collection,
                        name -> Timer.builder("kompanjoner.search")
                                .description("Server time of a search")
                                .tag("collection", name)
                                .publishPercentiles(0.5, 0.95, 0.99)
                                .register(registry))
                .record(search);
    }
}
