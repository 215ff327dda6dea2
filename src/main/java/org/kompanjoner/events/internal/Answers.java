package org.kompanjoner.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people answered when they registered. Only the event's organisers see the answers, and the
 * personal ones (diet, accessibility needs, the organiser's own questions) are deleted a while after the
 * event, once they can no longer serve it: they were asked for the event and for nothing else.
 */
@Repository
public class Answers {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keptFor;

    Answers(
            JdbcClient jdbc,
            Clock clock,
            @Value("${kompanjoner.events.personal-answers-kept-for:P30D}") Duration keptFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    /** How long after an event its personal answers are kept. */
    public Duration keptFor() {
        return keptFor;
    }

    /** Replaces the registration's answers with {@code answers} (blank answers are not kept). */
    void save(long registrationId, Map<String, String> answers) {
        jdbc.sql("delete from events_answer where registration_id = ?")
                .param(registrationId)
                .update();
        answers.forEach((question, answer) -> {
            if (!answer.isBlank()) {
                jdbc.sql("insert into events_answer (registration_id, question, answer) values (?, ?, ?)")
                        .params(registrationId, question, answer)
                        .update();
            }
        });
    }

    /** Every registration's answers for the event, by registration id. */
    public Map<Long, Map<String, String>> ofEvent(long eventId) {
        Map<Long, Map<String, String>> answers = new HashMap<>();
        jdbc.sql("""
                select a.registration_id, a.question, a.answer from events_answer a
                  join events_registration r on r.id = a.registration_id
                where r.event_id = ? order by a.registration_id, a.question
                """)
                .param(eventId)
                .query((row, number) -> answers.computeIfAbsent(
                                row.getLong("registration_id"), id -> new LinkedHashMap<>())
                        .put(row.getString("question"), row.getString("answer")))
                .list();
        return answers;
    }

    /** When the event's personal answers were deleted, if they were. */
    public Optional<Instant> purgedAt(long eventId) {
        return jdbc.sql("select answers_purged_at from events_event where id = ?")
                .param(eventId)
                .query((row, number) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(found -> found);
    }

    @Scheduled(fixedDelayString = "${kompanjoner.events.purge-every:PT6H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "events-personal-answers-purge", lockAtMostFor = "PT30M")
    void purgeOnSchedule() {
        purgeDue();
    }

    /**
     * Deletes the personal answers of every event that ended longer ago than they are kept; returns how
     * many events were purged. Safe on several nodes at once: deleting twice deletes nothing more.
     */
    @Transactional
    public int purgeDue() {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("""
                        select id from events_event where answers_purged_at is null and ends_at < ?
                        """)
                .param(Timestamp.from(now.minus(keptFor)))
                .query(Long.class)
                .list();
        for (long eventId : due) {
            jdbc.sql("""
                    delete from events_answer where question in (:personal)
                      and registration_id in (select id from events_registration where event_id = :event)
                    """)
                    .param("personal", Questions.PERSONAL)
                    .param("event", eventId)
                    .update();
            jdbc.sql("update events_event set answers_purged_at = ? where id = ?")
                    .params(Timestamp.from(now), eventId)
                    .update();
        }
        return due.size();
    }
}
