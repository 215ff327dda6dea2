package org.kompanjoner.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.kompanjoner.shared.Settings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform's clock in tests: the real time, moved forward when a test needs days to pass (a listing's
 * last day, a reminder a week ahead) instead of rewriting dates in the database. Tests that move it put
 * it back when they end.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Duration ahead = Duration.ZERO;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Lets {@code time} pass at once. */
    public void advance(Duration time) {
        ahead = ahead.plus(time);
    }

    /** Back to the real time. */
    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock moved = new TestClock(other);
        moved.ahead = ahead;
        return moved;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    /** Puts the test clock in place of the platform's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InPlace {
        @Bean
        @Primary
        TestClock testClock(Settings settings) {
            return new TestClock(settings.zone());
        }
    }
}
