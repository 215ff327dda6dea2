package org.kompanjoner.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an event is about and what came of it: a dialogue meeting's challenge question, and afterwards
 * the notes, the next steps and the number who took part from each sector. The first time notes or next
 * steps are saved they are published, and those who had a seat are told by mail (once, with the materials:
 * see {@link FollowUp}).
 */
@Service
public class Outcomes {

    /** The outcome of one event; {@code publishedAt} null until notes or next steps are written. */
    public record Outcome(
            String challengeQuestion,
            String notes,
            String nextSteps,
            Map<String, Integer> sectors,
            Instant publishedAt) {

        public int participants() {
            return sectors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final JdbcClient jdbc;
    private final JdbcEvents events;
    private final FollowUp followUp;
    private final Clock clock;

    Outcomes(JdbcClient jdbc, JdbcEvents events, FollowUp followUp, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.followUp = followUp;
        this.clock = clock;
    }

    public Optional<Outcome> of(long eventId) {
        Map<String, Integer> sectors = new LinkedHashMap<>();
        jdbc.sql("select sector, participants from events_sector_count where event_id = ? order by sector")
                .param(eventId)
                .query((row, number) -> sectors.put(row.getString("sector"), row.getInt("participants")))
                .list();
        return jdbc.sql("select * from events_outcome where event_id = ?")
                .param(eventId)
                .query((row, number) -> new Outcome(
                        row.getString("challenge_question"),
                        row.getString("notes"),
                        row.getString("next_steps"),
                        sectors,
                        row.getTimestamp("published_at") == null
                                ? null
                                : row.getTimestamp("published_at").toInstant()))
                .optional();
    }

    /** Saves what the organiser wrote; the first notes or next steps publish the outcome. */
    @Transactional
    public void save(
            long eventId, String challengeQuestion, String notes, String nextSteps, Map<String, Integer> sectors) {
        save(eventId, challengeQuestion, notes, nextSteps, sectors, true);
    }

    /** The same, telling nobody: for the demo county's meetings, held before anyone could be told. */
    void saveQuietly(
            long eventId, String challengeQuestion, String notes, String nextSteps, Map<String, Integer> sectors) {
        save(eventId, challengeQuestion, notes, nextSteps, sectors, false);
    }

    private void save(
            long eventId,
            String challengeQuestion,
            String notes,
            String nextSteps,
            Map<String, Integer> sectors,
            boolean tell) {
        Event event = events.lock(eventId).orElseThrow(Refused::notFound);
        Optional<Outcome> before = of(eventId);
        boolean publish = before.map(Outcome::publishedAt).isEmpty() && !(notes.isBlank() && nextSteps.isBlank());
        Instant published = before.map(Outcome::publishedAt).orElse(publish ? clock.instant() : null);
        if (before.isEmpty()) {
            jdbc.sql("""
                    insert into events_outcome (event_id, challenge_question, notes, next_steps, published_at)
                    values (?, ?, ?, ?, ?)
                    """)
                    .params(
                            eventId,
                            challengeQuestion,
                            notes,
                            nextSteps,
                            published == null ? null : Timestamp.from(published))
                    .update();
        } else {
            jdbc.sql("""
                    update events_outcome set challenge_question = ?, notes = ?, next_steps = ?, published_at = ?
                    where event_id = ?
                    """)
                    .params(
                            challengeQuestion,
                            notes,
                            nextSteps,
                            published == null ? null : Timestamp.from(published),
                            eventId)
                    .update();
        }
        jdbc.sql("delete from events_sector_count where event_id = ?")
                .param(eventId)
                .update();
        sectors.forEach((sector, count) -> jdbc.sql(
                        "insert into events_sector_count (event_id, sector, participants) values (?, ?, ?)")
                .params(eventId, sector, count)
                .update());
        if (publish && tell) {
            followUp.tellOnce(event);
        }
    }
}
