package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.support.AtOnce;
import org.kompanjoner.support.HeldLock;
import org.kompanjoner.support.SecondNode;
import org.kompanjoner.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rate limits counted in the database: the limiter of this node and that of a second node on the same
 * database (each with its own memory, as two nodes behind a load balancer) count against one limit, also
 * when the attempts arrive all at once.
 */
abstract class DatabaseRateLimitsScenarios {

    static final RateLimiter.Limit FIVE_AN_HOUR = new RateLimiter.Limit(5, Duration.ofHours(1));

    @Autowired
    ApplicationContext context;

    @Autowired
    RateLimiter nodeA;

    @Autowired
    DatabaseRateCounts counts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    RateLimiter nodeB;

    @BeforeEach
    void startTheOtherNode() {
        nodeB = SecondNode.beside(context).getBean(RateLimiter.class);
        assertThat(nodeB).as("each node has its own limiter").isNotSameAs(nodeA);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void attemptsOnTwoNodesCountAgainstOneLimit() {
        String key = unique("10.1.");
        assertThat(List.of(
                        nodeA.tryConsume("test", key, FIVE_AN_HOUR),
                        nodeB.tryConsume("test", key, FIVE_AN_HOUR),
                        nodeA.tryConsume("test", key, FIVE_AN_HOUR),
                        nodeB.tryConsume("test", key, FIVE_AN_HOUR),
                        nodeA.tryConsume("test", key, FIVE_AN_HOUR)))
                .containsOnly(true);

        assertThat(nodeA.exhausted("test", key, FIVE_AN_HOUR)).isTrue();
        assertThat(nodeB.exhausted("test", key, FIVE_AN_HOUR)).isTrue();
        assertThat(nodeB.tryConsume("test", key, FIVE_AN_HOUR))
                .as("a sixth, on the other node")
                .isFalse();
        assertThat(nodeA.secondsRefused("test", key, FIVE_AN_HOUR)).isBetween(3500L, 3601L);
        assertThat(nodeB.secondsToWait("test", key, FIVE_AN_HOUR)).isBetween(3500L, 3601L);

        String other = unique("10.2.");
        assertThat(nodeB.tryConsume("test", other, FIVE_AN_HOUR))
                .as("another key")
                .isTrue();
        assertThat(nodeA.tryConsume("other-scope", key, FIVE_AN_HOUR))
                .as("another scope")
                .isTrue();
    }

    @Test
    void fiftyAttemptsAtOnceOnTwoNodesNeverPassTheLimit() throws Exception {
        String key = unique("10.3.");
        RateLimiter.Limit tenAnHour = new RateLimiter.Limit(10, Duration.ofHours(1));
        List<Boolean> allowed =
                AtOnce.run(50, number -> (number % 2 == 0 ? nodeA : nodeB).tryConsume("burst", key, tenAnHour));

        assertThat(allowed.stream().filter(yes -> yes).count())
                .as("attempts allowed of 50 at once")
                .isEqualTo(10);
        assertThat(jdbc.sql("select used from web_rate_limit where scope = 'burst' and subject = ?")
                        .param(SecretToken.hashOf(key))
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
    }

    @Test
    void allAttemptsComeBackWhenThePeriodHasPassed() {
        String key = unique("10.4.");
        RateLimiter.Limit twoAMinute = new RateLimiter.Limit(2, Duration.ofMinutes(1));
        assertThat(nodeA.tryConsume("period", key, twoAMinute)).isTrue();
        assertThat(nodeA.tryConsume("period", key, twoAMinute)).isTrue();
        assertThat(nodeA.tryConsume("period", key, twoAMinute)).isFalse();

        clock.advance(Duration.ofSeconds(61));
        assertThat(nodeA.exhausted("period", key, twoAMinute)).isFalse();
        assertThat(nodeA.tryConsume("period", key, twoAMinute)).isTrue();
        assertThat(nodeA.tryConsume("period", key, twoAMinute)).isTrue();
        assertThat(nodeA.tryConsume("period", key, twoAMinute)).isFalse();
    }

    @Test
    void theKeyIsNotKeptInTheClear() {
        String key = unique("person-") + "@example.se";
        nodeA.tryConsume("mail", key, FIVE_AN_HOUR);
        assertThat(jdbc.sql("select count(*) from web_rate_limit where subject = ?")
                        .param(key)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void endedPeriodsAreForgottenByOneNodeAtATime() {
        String key = unique("10.5.");
        nodeA.tryConsume("ended", key, FIVE_AN_HOUR);
        jdbc.sql("update web_rate_limit set period_ends = ? where scope = 'ended' and subject = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), SecretToken.hashOf(key))
                .update();

        try (HeldLock held = HeldLock.byAnotherNode(jdbc, "web-rate-limits-cleanup")) {
            counts.forgetEndedPeriods();
            assertThat(rows("ended", key))
                    .as("while another node holds the job's lock")
                    .isOne();
        }
        counts.forgetEndedPeriods();
        assertThat(rows("ended", key)).as("once this node may run the job").isZero();
    }

    int rows(String scope, String key) {
        return jdbc.sql("select count(*) from web_rate_limit where scope = ? and subject = ?")
                .params(scope, SecretToken.hashOf(key))
                .query(Integer.class)
                .single();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
