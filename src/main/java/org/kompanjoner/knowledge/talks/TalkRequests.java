package org.kompanjoner.knowledge.talks;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The invitations to come and talk. A change of status is a conditional update on the status the
 * coordinator saw, so that two coordinators acting at once never both win (and the asker gets one mail).
 */
@Repository
class TalkRequests {

    private static final String COLUMNS = "id, name, email, phone, organisation, municipality, place, wished_from,"
            + " wished_to, audience_size, topic, talk_language, locale, status, facilitator_id, note, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InboxTable rows;

    TalkRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = new InboxTable(jdbc, clock, "knowledge_talk_request");
    }

    long insert(TalkForm form, String locale) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into knowledge_talk_request (name, email, phone, organisation, municipality, place, wished_from,
                  wished_to, audience_size, topic, talk_language, locale, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?)
                """)
                .params(
                        form.name().strip(),
                        form.email().strip(),
                        form.phone().strip(),
                        form.organisation().strip(),
                        form.municipality(),
                        form.place().strip(),
                        Date.valueOf(form.from()),
                        form.to() == null ? null : Date.valueOf(form.to()),
                        form.audience(),
                        form.topic().strip(),
                        form.talkLanguage(),
                        locale,
                        now,
                        now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<TalkRequest> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from knowledge_talk_request where id = ?")
                .param(id)
                .query(TalkRequests::request)
                .optional();
    }

    /** Newest first; every invitation when {@code status} is null. */
    List<TalkRequest> inbox(TalkStatus status, int limit) {
        String shown = status == null ? "" : status.name();
        return jdbc.sql("select " + COLUMNS + " from knowledge_talk_request where (? = '' or status = ?)"
                        + " order by created_at desc, id desc limit ?")
                .params(shown, shown, limit)
                .query(TalkRequests::request)
                .list();
    }

    void assign(long id, Long facilitatorId) {
        jdbc.sql("update knowledge_talk_request set facilitator_id = ?, updated_at = ? where id = ?")
                .params(facilitatorId, Timestamp.from(clock.instant()), id)
                .update();
    }

    long count(TalkStatus status) {
        return rows.count(status);
    }

    long countAll() {
        return rows.countAll();
    }

    void saveNote(long id, String note) {
        rows.saveNote(id, note);
    }

    /** To {@code next} if it still stands at {@code seen}; false when someone changed it meanwhile. */
    boolean move(long id, TalkStatus seen, TalkStatus next) {
        return rows.move(id, seen, next);
    }

    private static TalkRequest request(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("wished_to");
        return new TalkRequest(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("organisation"),
                rs.getString("municipality"),
                rs.getString("place"),
                rs.getDate("wished_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getInt("audience_size"),
                rs.getString("topic"),
                rs.getString("talk_language"),
                rs.getString("locale"),
                TalkStatus.valueOf(rs.getString("status")),
                rs.getObject("facilitator_id", Long.class),
                rs.getString("note"),
                rs.getTimestamp("created_at").toInstant());
    }
}
