package org.kompanjoner.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kompanjoner.events.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reminds those with a seat before the event, at the hours before it the event names (two days and two
 * hours unless the organiser says otherwise), and tells those still in line when registration closes.
 * Each is recorded in the same transaction as its mails, so it goes out once, on whichever node.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final JdbcClient jdbc;
    private final JdbcEvents events;
    private final EventMails mails;
    private final TransactionOperations transactions;
    private final Clock clock;

    ReminderJob(JdbcClient jdbc, JdbcEvents events, EventMails mails, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kompanjoner.events.reminders-every:PT10M}")
    @SchedulerLock(name = "events-reminders", lockAtMostFor = "PT30M")
    void remind() {
        int sent = remindDue();
        int closed = tellLinesOfClosedRegistrations();
        if (sent + closed > 0) {
            log.info("Sent {} event reminders; told the lines of {} closed registrations", sent, closed);
        }
    }

    /**
     * When an event's registration has closed, those still in line are told they will not get a seat
     * (an offer already made still holds until it runs out). Each event's line is told once, and not
     * after the event is over.
     */
    public int tellLinesOfClosedRegistrations() {
        Instant now = clock.instant();
        List<Long> closed =
                jdbc.sql("""
                        select id from events_event
                        where state = 'PUBLISHED' and not line_told_closed and registration_closes_at <= ?
                        """).param(Timestamp.from(now)).query(Long.class).list();
        int told = 0;
        for (long eventId : closed) {
            Boolean done = transactions.execute(status -> {
                if (jdbc.sql("update events_event set line_told_closed = true where id = ? and not line_told_closed")
                                .param(eventId)
                                .update()
                        == 0) {
                    return false;
                }
                Event event = events.byId(eventId).orElseThrow();
                events.registrations(eventId).stream()
                        .filter(registration -> registration.status() == RegistrationStatus.WAITING)
                        .forEach(registration -> mails.lineClosed(registration, event));
                return true;
            });
            told += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return told;
    }

    /** Sends every reminder that is due now and not yet sent; returns how many events were reminded of. */
    public int remindDue() {
        Instant now = clock.instant();
        // No event is reminded of more than two weeks ahead, so only those starting within that are read.
        List<Due> candidates = jdbc.sql("""
                        select id, starts_at, reminder_hours from events_event
                        where state = 'PUBLISHED' and starts_at > ? and starts_at <= ?
                        """)
                .params(Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(14))))
                .query((row, number) -> new Due(
                        row.getLong("id"), row.getTimestamp("starts_at").toInstant(), row.getString("reminder_hours")))
                .list();
        int sent = 0;
        for (Due due : candidates) {
            for (int hours : due.hours()) {
                if (due.startsAt().minus(Duration.ofHours(hours)).isAfter(now)) {
                    continue;
                }
                // Only the nearest due reminder is sent: a late start of the job sends one, not several.
                if (remind(due.eventId(), due.hours(), hours, now)) {
                    sent++;
                }
                break;
            }
        }
        return sent;
    }

    private boolean remind(long eventId, List<Integer> all, int hours, Instant now) {
        Boolean done = transactions.execute(status -> {
            try {
                if (!recordSent(eventId, hours, now)) {
                    return false;
                }
                // Earlier reminders that were missed count as sent with this one.
                all.stream().filter(each -> each > hours).forEach(each -> recordSent(eventId, each, now));
                Event event = events.byId(eventId).orElseThrow();
                events.registrations(eventId).stream()
                        .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                        .forEach(registration -> mails.reminder(registration, event));
                return true;
            } catch (DuplicateKeyException anotherNode) {
                status.setRollbackOnly();
                return false;
            }
        });
        return Boolean.TRUE.equals(done);
    }

    /** Records the reminder as sent; false when it was sent before. */
    private boolean recordSent(long eventId, int hours, Instant now) {
        return jdbc.sql("""
                        insert into events_reminder_sent (event_id, hours_before, sent_at)
                        select ?, ?, ? where not exists (select 1 from events_reminder_sent
                          where event_id = ? and hours_before = ?)
                        """)
                        .params(eventId, hours, Timestamp.from(now), eventId, hours)
                        .update()
                == 1;
    }

    /** An event's start and its reminder hours, the nearest to the start first. */
    record Due(long eventId, Instant startsAt, String reminderHours) {

        List<Integer> hours() {
            return EventPlan.reminderHours(reminderHours).stream().sorted().toList();
        }
    }
}
