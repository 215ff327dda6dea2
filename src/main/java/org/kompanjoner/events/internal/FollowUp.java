package org.kompanjoner.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.kompanjoner.events.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After an event, those who had a seat are told once that its materials or outcomes are published: by
 * the first of them to appear. What is added later shows on the event's page without another mail.
 */
@Component
class FollowUp {

    private final JdbcClient jdbc;
    private final JdbcEvents events;
    private final EventMails mails;
    private final Clock clock;

    FollowUp(JdbcClient jdbc, JdbcEvents events, EventMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.mails = mails;
        this.clock = clock;
    }

    /** Tells those who had a seat, unless they were told before; in the caller's transaction. */
    void tellOnce(Event event) {
        boolean first =
                jdbc.sql("update events_event set follow_up_told_at = ? where id = ? and follow_up_told_at is null")
                                .params(Timestamp.from(clock.instant()), event.id())
                                .update()
                        == 1;
        if (first) {
            events.registrations(event.id()).stream()
                    .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                    .forEach(registration -> mails.outcomesPublished(registration, event));
        }
    }
}
