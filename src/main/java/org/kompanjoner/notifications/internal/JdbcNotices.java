package org.kompanjoner.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.notifications.Notices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notices, one table; arguments kept as a JSON array of strings. */
@Repository
public class JdbcNotices implements Notices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** A notice as its reader sees it; the text is made from the key and arguments in their language. */
    public record Notice(
            long id, String messageKey, List<String> arguments, String link, Instant createdAt, boolean read) {}

    private final JdbcClient jdbc;

    JdbcNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void post(long personId, String messageKey, String link, Object... arguments) {
        if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            // Notices only ever lead within the site; anything else would be an open redirect.
            throw new IllegalArgumentException("A notice links to a path within the site: " + link);
        }
        String stored = JSON.writeValueAsString(
                Arrays.stream(arguments).map(String::valueOf).toList());
        jdbc.sql("""
                insert into notifications_notice (person_id, message_key, arguments, link, created_at)
                values (?, ?, ?, ?, ?)
                """)
                .params(personId, messageKey, stored, link, Timestamp.from(Instant.now()))
                .update();
    }

    /** Notices the person has not read yet. */
    public long unreadFor(long personId) {
        return jdbc.sql("select count(*) from notifications_notice where person_id = ? and read_at is null")
                .param(personId)
                .query(Long.class)
                .single();
    }

    /** A person's notices, newest first. */
    public List<Notice> of(long personId, int offset, int limit) {
        return jdbc.sql("""
                select * from notifications_notice where person_id = ?
                order by created_at desc, id desc offset ? rows fetch next ? rows only
                """)
                .params(personId, offset, limit)
                .query(JdbcNotices::notice)
                .list();
    }

    public long countOf(long personId) {
        return jdbc.sql("select count(*) from notifications_notice where person_id = ?")
                .param(personId)
                .query(Long.class)
                .single();
    }

    /** Marks the person's notice read and gives its link; empty when it is not theirs (or not there). */
    public Optional<String> open(long noticeId, long personId) {
        Optional<String> link = jdbc.sql("select link from notifications_notice where id = ? and person_id = ?")
                .params(noticeId, personId)
                .query(String.class)
                .optional();
        link.ifPresent(found -> jdbc.sql("""
                update notifications_notice set read_at = ? where id = ? and person_id = ? and read_at is null
                """)
                .params(Timestamp.from(Instant.now()), noticeId, personId)
                .update());
        return link;
    }

    public int markAllRead(long personId) {
        return jdbc.sql("update notifications_notice set read_at = ? where person_id = ? and read_at is null")
                .params(Timestamp.from(Instant.now()), personId)
                .update();
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getLong("id"),
                rs.getString("message_key"),
                JSON.readValue(rs.getString("arguments"), STRINGS),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") != null);
    }
}
