package org.kompanjoner.initiatives.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to an initiative: who made it (null for the platform itself), when, what it was, and
 * field by field what the values were before and after. Kept for as long as the entry.
 */
@Repository
public class History {

    /** What happened to an entry. */
    public enum Action {
        SUGGESTED,
        EDITED,
        RESUBMITTED,
        PUBLISHED,
        CHANGE_CONFIRMED,
        CHANGES_REQUESTED,
        DECLINED,
        REMOVED,
        VERIFIED,
        IMPORTED,
        OWNER_ADDED,
        OWNER_REMOVED
    }

    /** One field's value before and after a change (“” when it had none). */
    public record FieldChange(String field, String before, String after) {}

    public record Entry(long id, Long actorId, Action action, List<FieldChange> changes, String note, Instant at) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Clock clock;

    History(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The fields whose values differ between {@code before} (null for a new entry) and {@code after}. */
    public static List<FieldChange> changes(InitiativeContent before, InitiativeContent after) {
        Map<String, String> old = before == null ? Map.of() : before.fields();
        List<FieldChange> changes = new ArrayList<>();
        after.fields().forEach((field, value) -> {
            String was = old.getOrDefault(field, "");
            if (!Objects.equals(was, value)) {
                changes.add(new FieldChange(field, was, value));
            }
        });
        return changes;
    }

    void record(long initiativeId, Long actorId, Action action, List<FieldChange> changes, String note) {
        record(initiativeId, actorId, action, changes, note, clock.instant());
    }

    void record(long initiativeId, Long actorId, Action action, List<FieldChange> changes, String note, Instant at) {
        jdbc.sql("""
                insert into initiatives_history (initiative_id, actor_id, action, changes, note, changed_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        initiativeId,
                        actorId,
                        action.name(),
                        changes.isEmpty() ? null : JSON.writeValueAsString(changes),
                        note,
                        Timestamp.from(at))
                .update();
    }

    void record(long initiativeId, Long actorId, Action action, String note) {
        record(initiativeId, actorId, action, List.of(), note);
    }

    /** The entry's history, oldest first. */
    public List<Entry> of(long initiativeId) {
        return jdbc.sql("select * from initiatives_history where initiative_id = ? order by changed_at, id")
                .param(initiativeId)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("actor_id", Long.class),
                        Action.valueOf(rs.getString("action")),
                        rs.getString("changes") == null ? List.of() : JSON.readValue(rs.getString("changes"), CHANGES),
                        rs.getString("note"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** The reason recorded with the entry's latest decision, if any (what a coordinator asked to change). */
    public java.util.Optional<String> latestNote(long initiativeId, Action action) {
        return jdbc.sql("""
                        select note from initiatives_history where initiative_id = ? and action = ?
                        order by changed_at desc, id desc fetch first 1 rows only
                        """)
                .params(initiativeId, action.name())
                .query(String.class)
                .optional();
    }
}
