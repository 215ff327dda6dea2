package org.kompanjoner.programmes.facilitators;

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
 * The requests for a facilitator. Every change of status is a conditional update on the status it
 * expects, so that two coordinators (or a coordinator and the facilitator) acting at once never both win.
 */
@Repository
class Requests {

    private static final String COLUMNS = "id, name, email, organisation, what, municipality, timing, audience,"
            + " wished_facilitator, locale, status, facilitator_id, accepted_at, note, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Requests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(RequestForm form, String locale) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into programmes_facilitator_request (name, email, organisation, what, municipality, timing,
                  audience, wished_facilitator, locale, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?)
                """)
                .params(
                        form.name().strip(),
                        form.email().strip(),
                        form.organisation().strip(),
                        form.what().strip(),
                        form.municipality(),
                        form.timing().strip(),
                        form.audience().strip(),
                        form.wishedFacilitator(),
                        locale,
                        now,
                        now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<FacilitatorRequest> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from programmes_facilitator_request where id = ?")
                .param(id)
                .query(Requests::request)
                .optional();
    }

    /** Newest first; every request when {@code status} is null. */
    List<FacilitatorRequest> inbox(RequestStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from programmes_facilitator_request where (? = '' or status = ?)"
                        + " order by created_at desc, id desc limit ?")
                .params(status == null ? "" : status.name(), status == null ? "" : status.name(), limit)
                .query(Requests::request)
                .list();
    }

    long count(RequestStatus status) {
        return jdbc.sql("select count(*) from programmes_facilitator_request where status = ?")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    long countAll() {
        return jdbc.sql("select count(*) from programmes_facilitator_request")
                .query(Long.class)
                .single();
    }

    /** What is or was assigned to {@code personId}, open ones first. */
    List<FacilitatorRequest> assignedTo(long personId) {
        return jdbc.sql("select " + COLUMNS + " from programmes_facilitator_request where facilitator_id = ?"
                        + " order by case when status = 'ASSIGNED' then 0 else 1 end, created_at desc limit 100")
                .param(personId)
                .query(Requests::request)
                .list();
    }

    long countAwaiting(long personId) {
        return jdbc.sql("select count(*) from programmes_facilitator_request where facilitator_id = ?"
                        + " and status = 'ASSIGNED' and accepted_at is null")
                .param(personId)
                .query(Long.class)
                .single();
    }

    void saveNote(long id, String note) {
        jdbc.sql("update programmes_facilitator_request set note = ?, updated_at = ? where id = ?")
                .params(note, Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Assigned to {@code facilitatorId} if still open; false when someone closed it meanwhile. */
    boolean assign(long id, long facilitatorId) {
        return jdbc.sql("""
                update programmes_facilitator_request set status = 'ASSIGNED', facilitator_id = ?, accepted_at = null,
                  updated_at = ? where id = ? and status in ('NEW', 'ASSIGNED')
                """)
                        .params(facilitatorId, Timestamp.from(clock.instant()), id)
                        .update()
                > 0;
    }

    boolean accept(long id, long facilitatorId) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                update programmes_facilitator_request set accepted_at = ?, updated_at = ?
                where id = ? and facilitator_id = ? and status = 'ASSIGNED' and accepted_at is null
                """).params(now, now, id, facilitatorId).update() > 0;
    }

    /** Back to the inbox as new, with nobody assigned. */
    boolean giveBack(long id, long facilitatorId) {
        return jdbc.sql("""
                update programmes_facilitator_request set status = 'NEW', facilitator_id = null, accepted_at = null,
                  updated_at = ? where id = ? and facilitator_id = ? and status = 'ASSIGNED' and accepted_at is null
                """)
                        .params(Timestamp.from(clock.instant()), id, facilitatorId)
                        .update()
                > 0;
    }

    boolean close(long id, RequestStatus outcome) {
        return jdbc.sql("""
                update programmes_facilitator_request set status = ?, updated_at = ?
                where id = ? and status in ('NEW', 'ASSIGNED')
                """)
                        .params(outcome.name(), Timestamp.from(clock.instant()), id)
                        .update()
                > 0;
    }

    private static FacilitatorRequest request(ResultSet rs, int row) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new FacilitatorRequest(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("organisation"),
                rs.getString("what"),
                rs.getString("municipality"),
                rs.getString("timing"),
                rs.getString("audience"),
                rs.getObject("wished_facilitator", Long.class),
                rs.getString("locale"),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getObject("facilitator_id", Long.class),
                accepted == null ? null : accepted.toInstant(),
                rs.getString("note"),
                rs.getTimestamp("created_at").toInstant());
    }
}
