package org.kompanjoner.programmes.boards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The cases, their panels and follow-ups. Every change of status is a conditional update on the status
 * it expects, so that two coordinators acting at once never both win.
 */
@Repository
class BoardCases {

    private static final String COLUMNS =
            "id, entrepreneur_id, organisation, challenge, question, tried, help, status, message, event_id, advice,"
                    + " next_steps, advised_at, consent, story_title, story_text, story_published_at, created_at";
    private static final String FOLLOW_UP_COLUMNS =
            "id, case_id, months, due_at, sent_at, answered_at, how_it_went, steps_taken, rating";

    private final JdbcClient jdbc;
    private final Clock clock;

    BoardCases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(long entrepreneurId, CaseForm form, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp when = Timestamp.from(at);
        jdbc.sql("""
                insert into programmes_board_case (entrepreneur_id, organisation, challenge, question, tried, help,
                  status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)
                """)
                .params(
                        entrepreneurId,
                        form.organisation().strip(),
                        form.challenge().strip(),
                        form.question().strip(),
                        form.tried().strip(),
                        form.help().strip(),
                        when,
                        when)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<BoardCase> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from programmes_board_case where id = ?")
                .param(id)
                .query(BoardCases::boardCase)
                .optional();
    }

    /** The case, its row locked until the transaction ends, so that changes to it take turns. */
    Optional<BoardCase> lock(long id) {
        return jdbc.sql("select id from programmes_board_case where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    long countAll() {
        return jdbc.sql("select count(*) from programmes_board_case")
                .query(Long.class)
                .single();
    }

    long count(CaseStatus status) {
        return jdbc.sql("select count(*) from programmes_board_case where status = ?")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    /** Newest first; every case when {@code status} is null. */
    List<BoardCase> inbox(CaseStatus status, int limit) {
        String shown = status == null ? "" : status.name();
        return jdbc.sql("select " + COLUMNS + " from programmes_board_case where (? = '' or status = ?)"
                        + " order by created_at desc, id desc limit ?")
                .params(shown, shown, limit)
                .query(BoardCases::boardCase)
                .list();
    }

    List<BoardCase> ofEntrepreneur(long personId) {
        return jdbc.sql("select " + COLUMNS
                        + " from programmes_board_case where entrepreneur_id = ? order by created_at desc, id desc")
                .param(personId)
                .query(BoardCases::boardCase)
                .list();
    }

    /** The cases {@code personId} sits on the panel of. */
    List<BoardCase> onPanel(long personId) {
        return jdbc.sql("select " + COLUMNS + " from programmes_board_case where id in"
                        + " (select case_id from programmes_board_panel where person_id = ?)"
                        + " order by created_at desc, id desc")
                .param(personId)
                .query(BoardCases::boardCase)
                .list();
    }

    /** Published stories, newest first. */
    List<BoardCase> stories(int limit) {
        return jdbc.sql("select " + COLUMNS + " from programmes_board_case where story_published_at is not null"
                        + " and consent = true order by story_published_at desc, id desc limit ?")
                .param(limit)
                .query(BoardCases::boardCase)
                .list();
    }

    boolean move(long id, CaseStatus from, CaseStatus to) {
        return jdbc.sql("update programmes_board_case set status = ?, updated_at = ? where id = ? and status = ?")
                        .params(to.name(), now(), id, from.name())
                        .update()
                > 0;
    }

    boolean decline(long id, CaseStatus from, String message) {
        return jdbc.sql("update programmes_board_case set status = 'DECLINED', message = ?, updated_at = ?"
                                + " where id = ? and status = ?")
                        .params(message, now(), id, from.name())
                        .update()
                > 0;
    }

    boolean meetingScheduled(long id, long eventId) {
        return jdbc.sql("update programmes_board_case set status = 'MEETING_SCHEDULED', event_id = ?, updated_at = ?"
                                + " where id = ? and status = 'PANEL_SEATED'")
                        .params(eventId, now(), id)
                        .update()
                > 0;
    }

    boolean advised(long id, String advice, String nextSteps, Instant at) {
        return jdbc.sql("update programmes_board_case set status = 'ADVISED', advice = ?, next_steps = ?,"
                                + " advised_at = ?, updated_at = ? where id = ? and status = 'MEETING_SCHEDULED'")
                        .params(advice, nextSteps, Timestamp.from(at), now(), id)
                        .update()
                > 0;
    }

    /** Consent given or taken back; taken back, a published story is taken down with it. */
    void consent(long id, boolean given) {
        jdbc.sql("update programmes_board_case set consent = ?, updated_at = ?,"
                        + " story_published_at = case when ? then story_published_at else null end where id = ?")
                .params(given, now(), given, id)
                .update();
    }

    /** Publishes the story, only while the entrepreneur consents; false when they do not. */
    boolean publishStory(long id, String title, String text) {
        return jdbc.sql("update programmes_board_case set story_title = ?, story_text = ?,"
                                + " story_published_at = coalesce(story_published_at, ?), updated_at = ?"
                                + " where id = ? and consent = true")
                        .params(title, text, now(), now(), id)
                        .update()
                > 0;
    }

    // The panel.

    List<Long> panel(long caseId) {
        return jdbc.sql("select person_id from programmes_board_panel where case_id = ? order by seated_at, person_id")
                .param(caseId)
                .query(Long.class)
                .list();
    }

    boolean onPanel(long caseId, long personId) {
        return jdbc.sql("select count(*) from programmes_board_panel where case_id = ? and person_id = ?")
                        .params(caseId, personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Seats {@code personId}; false when they already sit on the panel (also when two try at once). */
    boolean seat(long caseId, long personId) {
        if (onPanel(caseId, personId)) {
            return false;
        }
        try {
            jdbc.sql("insert into programmes_board_panel (case_id, person_id, seated_at) values (?, ?, ?)")
                    .params(caseId, personId, now())
                    .update();
            return true;
        } catch (DuplicateKeyException twice) {
            return false;
        }
    }

    boolean unseat(long caseId, long personId) {
        return jdbc.sql("delete from programmes_board_panel where case_id = ? and person_id = ?")
                        .params(caseId, personId)
                        .update()
                > 0;
    }

    // The follow-ups.

    void planFollowUp(long caseId, int months, Instant due) {
        jdbc.sql("insert into programmes_board_follow_up (case_id, months, due_at) values (?, ?, ?)")
                .params(caseId, months, Timestamp.from(due))
                .update();
    }

    List<FollowUp> followUps(long caseId) {
        return jdbc.sql("select " + FOLLOW_UP_COLUMNS
                        + " from programmes_board_follow_up where case_id = ? order by months")
                .param(caseId)
                .query(BoardCases::followUp)
                .list();
    }

    /** The follow-ups due and not yet sent. */
    List<FollowUp> dueFollowUps(Instant now) {
        return jdbc.sql("select " + FOLLOW_UP_COLUMNS
                        + " from programmes_board_follow_up where sent_at is null and due_at <= ? order by due_at, id")
                .param(Timestamp.from(now))
                .query(BoardCases::followUp)
                .list();
    }

    /** Claims a due follow-up for sending with {@code tokenHash}: true once, whichever node asks first. */
    boolean claimFollowUp(long id, String tokenHash, Instant at) {
        return jdbc.sql(
                                "update programmes_board_follow_up set sent_at = ?, token_hash = ? where id = ? and sent_at is null")
                        .params(Timestamp.from(at), tokenHash, id)
                        .update()
                > 0;
    }

    Optional<FollowUp> followUpByHash(String tokenHash) {
        return jdbc.sql("select " + FOLLOW_UP_COLUMNS + " from programmes_board_follow_up where token_hash = ?")
                .param(tokenHash)
                .query(BoardCases::followUp)
                .optional();
    }

    /** Stores the answer once: false when the follow-up was already answered. */
    boolean answer(long id, String howItWent, String stepsTaken, int rating, Instant at) {
        return jdbc.sql("update programmes_board_follow_up set answered_at = ?, how_it_went = ?, steps_taken = ?,"
                                + " rating = ? where id = ? and answered_at is null")
                        .params(Timestamp.from(at), howItWent, stepsTaken, rating, id)
                        .update()
                > 0;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static BoardCase boardCase(ResultSet rs, int row) throws SQLException {
        return new BoardCase(
                rs.getLong("id"),
                rs.getLong("entrepreneur_id"),
                rs.getString("organisation"),
                rs.getString("challenge"),
                rs.getString("question"),
                rs.getString("tried"),
                rs.getString("help"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("message"),
                rs.getObject("event_id", Long.class),
                rs.getString("advice"),
                rs.getString("next_steps"),
                instant(rs, "advised_at"),
                rs.getBoolean("consent"),
                rs.getString("story_title"),
                rs.getString("story_text"),
                instant(rs, "story_published_at"),
                instant(rs, "created_at"));
    }

    private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
        return new FollowUp(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getInt("months"),
                instant(rs, "due_at"),
                instant(rs, "sent_at"),
                instant(rs, "answered_at"),
                rs.getString("how_it_went"),
                rs.getString("steps_taken"),
                rs.getObject("rating", Integer.class));
    }
}
