package org.kompanjoner.web.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: a node that starts after a crash first hands on the events that were published but
 * not yet handled (a listing that went live but did not reach the search index before the process died).
 * Until those are handled, the node says it is not ready, so that a load balancer does not send it
 * searches that would miss what people were already told is published. Handling that never succeeds
 * (a broken listener) must not keep a node out for ever: after the longest catch-up it is ready anyway,
 * and says why in the log.
 */
@Component("caughtUp")
class CaughtUpHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CaughtUpHealth.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Instant started;
    private final Duration longest;
    private volatile boolean caughtUp;

    @Autowired
    CaughtUpHealth(JdbcClient jdbc, @Value("${kompanjoner.readiness.longest-catch-up:PT2M}") Duration longest) {
        this(jdbc, longest, Clock.systemUTC());
    }

    CaughtUpHealth(JdbcClient jdbc, Duration longest, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.longest = longest;
        // Created before the event registry hands on what was left incomplete: all of that is older.
        this.started = clock.instant();
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        long owed = jdbc.sql(
                        "select count(*) from event_publication where completion_date is null and publication_date < ?")
                .param(Timestamp.from(started))
                .query(Long.class)
                .single();
        if (owed == 0) {
            caughtUp = true;
            return Health.up().build();
        }
        if (clock.instant().isAfter(started.plus(longest))) {
            log.warn(
                    "{} events published before this start are still not handled after {}; ready anyway."
                            + " Look for a listener that keeps failing.",
                    owed,
                    longest);
            caughtUp = true;
            return Health.up().build();
        }
        return Health.outOfService().withDetail("eventsOwed", owed).build();
    }
}
