package org.kompanjoner.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kompanjoner.shared.SecretToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts in the database, one row per scope and key, so that every node counts against the same limit
 * ({@code kompanjoner.rate-limits=database}). A row holds the attempts used in its current period and
 * when that period ends; an attempt after the end starts a new period. An attempt locks its row while it
 * reads and counts, so attempts arriving at once on any number of nodes take turns and never pass the
 * limit together. The key is kept as a hash, so the table does not list who tried what in the clear.
 * Plain SQL that H2 and PostgreSQL both run (see docs/decisions/0014).
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.rate-limits", havingValue = "database")
class DatabaseRateCounts implements RateCounts {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRateCounts.class);

    private record Period(long used, Instant ends) {}

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    DatabaseRateCounts(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public long take(String scope, String key, RateLimiter.Limit limit) {
        String subject = SecretToken.hashOf(key);
        Long wait = transactions.execute(status -> {
            Instant now = clock.instant();
            // A new row starts as a period long ended, so the attempt below begins its first. (Not now:
            // the database keeps microseconds and may round a time up past this attempt's now.)
            jdbc.sql("""
                    insert into web_rate_limit (scope, subject, used, period_ends) values (?, ?, 0, ?)
                    on conflict do nothing
                    """).params(scope, subject, Timestamp.from(Instant.EPOCH)).update();
            Period period = jdbc.sql("""
                            select used, period_ends from web_rate_limit where scope = ? and subject = ?
                            for update
                            """)
                    .params(scope, subject)
                    .query((row, number) ->
                            new Period(row.getLong(1), row.getTimestamp(2).toInstant()))
                    .single();
            if (!period.ends().isAfter(now)) {
                jdbc.sql("update web_rate_limit set used = 1, period_ends = ? where scope = ? and subject = ?")
                        .params(Timestamp.from(now.plus(limit.per())), scope, subject)
                        .update();
                return 0L;
            }
            if (period.used() < limit.attempts()) {
                jdbc.sql("update web_rate_limit set used = used + 1 where scope = ? and subject = ?")
                        .params(scope, subject)
                        .update();
                return 0L;
            }
            return RateLimiter.seconds(Duration.between(now, period.ends()));
        });
        return wait == null ? 0 : wait;
    }

    @Override
    public boolean exhausted(String scope, String key, RateLimiter.Limit limit) {
        Instant now = clock.instant();
        return current(scope, key)
                .filter(period -> period.ends().isAfter(now) && period.used() >= limit.attempts())
                .isPresent();
    }

    @Override
    public long secondsToWait(String scope, String key, RateLimiter.Limit limit) {
        Instant now = clock.instant();
        return current(scope, key)
                .filter(period -> period.ends().isAfter(now))
                .map(period -> RateLimiter.seconds(Duration.between(now, period.ends())))
                .orElse(1L);
    }

    private Optional<Period> current(String scope, String key) {
        return jdbc.sql("select used, period_ends from web_rate_limit where scope = ? and subject = ?")
                .params(scope, SecretToken.hashOf(key))
                .query((row, number) ->
                        new Period(row.getLong(1), row.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Rows whose period has ended count nothing any more: one node deletes them now and then. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    @SchedulerLock(name = "web-rate-limits-cleanup", lockAtMostFor = "PT10M")
    void forgetEndedPeriods() {
        int deleted = forgetEndedBefore(clock.instant());
        if (deleted > 0) {
            log.debug("Forgot {} rate limit periods that had ended", deleted);
        }
    }

    int forgetEndedBefore(Instant moment) {
        return jdbc.sql("delete from web_rate_limit where period_ends < ?")
                .param(Timestamp.from(moment))
                .update();
    }
}
