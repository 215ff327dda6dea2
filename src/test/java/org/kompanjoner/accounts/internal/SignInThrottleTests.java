package org.kompanjoner.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.kompanjoner.web.RateLimiter;

class SignInThrottleTests {

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Hands clock = new Hands();
    final SignInThrottle throttle = new SignInThrottle(new RateLimiter(), 100, 20, clock);

    @Test
    void waitsDoubleAfterFiveFailuresUpToAQuarterOfAnHour() {
        assertThat(SignInThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delayAfter(8)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SignInThrottle.delayAfter(30)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aPairIsHeldOnlyUntilItsWaitHasPassedAndOnlyThatPair() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("a@b.se", "10.0.0.1", false);
        }
        assertThat(throttle.check("a@b.se", "10.0.0.1", false)).hasValueSatisfying(wait -> {
            assertThat(wait.hold()).isEqualTo(SignInThrottle.Hold.PAIR);
            assertThat(wait.seconds()).isEqualTo(4);
        });
        assertThat(throttle.check("a@b.se", "10.0.0.2", false)).isEmpty();
        assertThat(throttle.check("c@d.se", "10.0.0.1", false)).isEmpty();

        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.check("a@b.se", "10.0.0.1", false)).isPresent();
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.check("a@b.se", "10.0.0.1", false)).isEmpty();
    }

    @Test
    void aSuccessClearsItsPair() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("a@b.se", "10.0.0.1", true);
        }
        throttle.succeeded("a@b.se", "10.0.0.1");
        assertThat(throttle.check("a@b.se", "10.0.0.1", true)).isEmpty();
    }

    @Test
    void failuresFromTrustedBrowsersDoNotHoldBackTheAccount() {
        for (int i = 0; i < 25; i++) {
            throttle.failed("a@b.se", "10.0.1." + i, true);
        }
        assertThat(throttle.check("a@b.se", "10.0.2.1", false)).isEmpty();
        for (int i = 0; i < 20; i++) {
            throttle.failed("a@b.se", "10.0.3." + i, false);
        }
        assertThat(throttle.check("a@b.se", "10.0.2.1", false))
                .hasValueSatisfying(wait -> assertThat(wait.hold()).isEqualTo(SignInThrottle.Hold.ACCOUNT));
        assertThat(throttle.check("a@b.se", "10.0.2.1", true)).isEmpty();
    }
}
