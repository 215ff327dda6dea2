package org.kompanjoner.programmes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.programmes.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Programmes with their challenges and sessions, their applications and their certificates. */
@Repository
public class JdbcProgrammes {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcProgrammes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(ProgrammePlan plan, long createdBy) {
        Timestamp now = Timestamp.from(clock.instant());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into programmes_programme (title, summary, description, intake_opens_at, intake_closes_at,
                  capacity, sessions_required, trains_facilitators, language, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(columns(plan)).params(createdBy, now, now).update(key, "id");
        long id = key.getKey().longValue();
        replaceChallenges(id, plan);
        return id;
    }

    void update(long id, ProgrammePlan plan) {
        jdbc.sql("""
                update programmes_programme set title = ?, summary = ?, description = ?, intake_opens_at = ?,
                  intake_closes_at = ?, capacity = ?, sessions_required = ?, trains_facilitators = ?, language = ?,
                  updated_at = ?
                where id = ?
                """)
                .params(columns(plan))
                .params(Timestamp.from(clock.instant()), id)
                .update();
        replaceChallenges(id, plan);
    }

    private static List<Object> columns(ProgrammePlan plan) {
        return Arrays.asList(
                plan.title(),
                plan.summary(),
                plan.description(),
                Timestamp.from(plan.intakeOpensAt()),
                Timestamp.from(plan.intakeClosesAt()),
                plan.capacity(),
                plan.sessionsRequired(),
                plan.trainsFacilitators(),
                plan.language());
    }

    private void replaceChallenges(long id, ProgrammePlan plan) {
        jdbc.sql("delete from programmes_challenge where programme_id = ?")
                .param(id)
                .update();
        for (String challenge : plan.challenges()) {
            jdbc.sql("insert into programmes_challenge (programme_id, challenge) values (?, ?)")
                    .params(id, challenge)
                    .update();
        }
    }

    public Optional<Programme> byId(long id) {
        return read("select * from programmes_programme where id = ?", id);
    }

    /** The programme, its row locked until the transaction ends: decisions on places take turns. */
    Optional<Programme> lock(long id) {
        return read("select * from programmes_programme where id = ? for update", id);
    }

    private Optional<Programme> read(String sql, long id) {
        return jdbc.sql(sql).param(id).query(this::programme).optional();
    }

    /** Every programme, the latest intake first. */
    public List<Programme> all() {
        return jdbc.sql(
                        "select * from programmes_programme order by intake_opens_at desc, id desc fetch first 200 rows only")
                .query(this::programme)
                .list();
    }

    private Programme programme(ResultSet row, int number) throws SQLException {
        long id = row.getLong("id");
        List<String> challenges = jdbc.sql(
                        "select challenge from programmes_challenge where programme_id = ? order by challenge")
                .param(id)
                .query(String.class)
                .list();
        return new Programme(
                id,
                new ProgrammePlan(
                        row.getString("title"),
                        row.getString("summary"),
                        row.getString("description"),
                        challenges,
                        row.getTimestamp("intake_opens_at").toInstant(),
                        row.getTimestamp("intake_closes_at").toInstant(),
                        (Integer) row.getObject("capacity", Integer.class),
                        row.getInt("sessions_required"),
                        row.getBoolean("trains_facilitators"),
                        row.getString("language")),
                row.getLong("created_by"));
    }

    // Sessions

    public List<Long> sessions(long programmeId) {
        return jdbc.sql("select event_id from programmes_session where programme_id = ? order by event_id")
                .param(programmeId)
                .query(Long.class)
                .list();
    }

    /** The programmes {@code eventId} is a session of. */
    List<Long> programmesWithSession(long eventId) {
        return jdbc.sql("select programme_id from programmes_session where event_id = ?")
                .param(eventId)
                .query(Long.class)
                .list();
    }

    /** False when the event is a session of the programme already. */
    boolean addSession(long programmeId, long eventId) {
        return jdbc.sql("""
                        insert into programmes_session (programme_id, event_id) select ?, ? where not exists
                          (select 1 from programmes_session where programme_id = ? and event_id = ?)
                        """).params(programmeId, eventId, programmeId, eventId).update() == 1;
    }

    boolean removeSession(long programmeId, long eventId) {
        return jdbc.sql("delete from programmes_session where programme_id = ? and event_id = ?")
                        .params(programmeId, eventId)
                        .update()
                == 1;
    }

    // Applications

    long insertApplication(
            long programmeId,
            long personId,
            String motivation,
            String organisation,
            String municipality,
            String languages) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into programmes_application (programme_id, person_id, motivation, organisation, municipality,
                  languages, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        programmeId,
                        personId,
                        motivation,
                        organisation,
                        municipality,
                        languages,
                        ApplicationStatus.NEW.name(),
                        Timestamp.from(clock.instant()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void decide(long applicationId, ApplicationStatus status, String message, long decidedBy) {
        jdbc.sql("""
                update programmes_application set status = ?, decision_message = ?, decided_by = ?, decided_at = ?
                where id = ?
                """)
                .params(status.name(), message, decidedBy, Timestamp.from(clock.instant()), applicationId)
                .update();
    }

    public Optional<Application> application(long id) {
        return jdbc.sql("select * from programmes_application where id = ?")
                .param(id)
                .query(JdbcProgrammes::application)
                .optional();
    }

    public Optional<Application> applicationOf(long programmeId, long personId) {
        return jdbc.sql("select * from programmes_application where programme_id = ? and person_id = ?")
                .params(programmeId, personId)
                .query(JdbcProgrammes::application)
                .optional();
    }

    /** The programme's applications in the order they came. */
    public List<Application> applications(long programmeId) {
        return jdbc.sql("select * from programmes_application where programme_id = ? order by created_at, id")
                .param(programmeId)
                .query(JdbcProgrammes::application)
                .list();
    }

    public List<Application> applicationsOf(long personId) {
        return jdbc.sql("select * from programmes_application where person_id = ? order by created_at desc, id desc")
                .param(personId)
                .query(JdbcProgrammes::application)
                .list();
    }

    public int accepted(long programmeId) {
        return jdbc.sql("select count(*) from programmes_application where programme_id = ? and status = ?")
                .params(programmeId, ApplicationStatus.ACCEPTED.name())
                .query(Integer.class)
                .single();
    }

    List<Long> acceptedPeople(long programmeId) {
        return jdbc.sql(
                        "select person_id from programmes_application where programme_id = ? and status = ? order by id")
                .params(programmeId, ApplicationStatus.ACCEPTED.name())
                .query(Long.class)
                .list();
    }

    private static Application application(ResultSet row, int number) throws SQLException {
        return new Application(
                row.getLong("id"),
                row.getLong("programme_id"),
                row.getLong("person_id"),
                row.getString("motivation"),
                row.getString("organisation"),
                row.getString("municipality"),
                row.getString("languages"),
                ApplicationStatus.valueOf(row.getString("status")),
                row.getString("decision_message"),
                row.getTimestamp("created_at").toInstant());
    }

    // Certificates

    public Optional<Certificate> certificateOf(long programmeId, long personId) {
        return jdbc.sql("select * from programmes_certificate where programme_id = ? and person_id = ?")
                .params(programmeId, personId)
                .query(JdbcProgrammes::certificate)
                .optional();
    }

    public Optional<Certificate> certificateByCode(String code) {
        return jdbc.sql("select * from programmes_certificate where code = ?")
                .param(code)
                .query(JdbcProgrammes::certificate)
                .optional();
    }

    public List<Certificate> certificates(long programmeId) {
        return jdbc.sql("select * from programmes_certificate where programme_id = ? order by completed_at, id")
                .param(programmeId)
                .query(JdbcProgrammes::certificate)
                .list();
    }

    void insertCertificate(
            long programmeId, long personId, String holderName, String code, int attended, Instant completedAt) {
        jdbc.sql("""
                insert into programmes_certificate (programme_id, person_id, holder_name, code, sessions_attended,
                  completed_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(programmeId, personId, holderName, code, attended, Timestamp.from(completedAt))
                .update();
    }

    void revoke(long certificateId, String reason, boolean byRule) {
        jdbc.sql("""
                update programmes_certificate set revoked_at = ?, revoked_reason = ?, revoked_by_rule = ?
                where id = ? and revoked_at is null
                """)
                .params(Timestamp.from(clock.instant()), reason, byRule, certificateId)
                .update();
    }

    void reinstate(long certificateId, int attended) {
        jdbc.sql("""
                update programmes_certificate set revoked_at = null, revoked_reason = null, revoked_by_rule = false,
                  sessions_attended = ?
                where id = ?
                """).params(attended, certificateId).update();
    }

    private static Certificate certificate(ResultSet row, int number) throws SQLException {
        Timestamp revoked = row.getTimestamp("revoked_at");
        return new Certificate(
                row.getLong("id"),
                row.getLong("programme_id"),
                row.getLong("person_id"),
                row.getString("holder_name"),
                row.getString("code"),
                row.getInt("sessions_attended"),
                row.getTimestamp("completed_at").toInstant(),
                revoked == null ? null : revoked.toInstant(),
                row.getString("revoked_reason"),
                row.getBoolean("revoked_by_rule"));
    }

    long countAll() {
        return jdbc.sql("select count(*) from programmes_programme")
                .query(Long.class)
                .single();
    }
}
