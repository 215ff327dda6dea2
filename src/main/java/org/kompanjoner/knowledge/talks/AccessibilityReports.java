package org.kompanjoner.knowledge.talks;

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

/** The reported accessibility problems; a change of status expects the status the coordinator saw. */
@Repository
class AccessibilityReports {

    private static final String COLUMNS = "id, page, problem, email, locale, status, note, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InboxTable rows;

    AccessibilityReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = new InboxTable(jdbc, clock, "knowledge_accessibility_report");
    }

    long insert(ReportForm form, String locale) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into knowledge_accessibility_report (page, problem, email, locale, status, created_at, updated_at)
                values (?, ?, ?, ?, 'NEW', ?, ?)
                """)
                .params(
                        form.page().strip(),
                        form.problem().strip(),
                        form.email().strip(),
                        locale,
                        now,
                        now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<AccessibilityReport> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from knowledge_accessibility_report where id = ?")
                .param(id)
                .query(AccessibilityReports::report)
                .optional();
    }

    /** Newest first; every report when {@code status} is null. */
    List<AccessibilityReport> inbox(ReportStatus status, int limit) {
        String shown = status == null ? "" : status.name();
        return jdbc.sql("select " + COLUMNS + " from knowledge_accessibility_report where (? = '' or status = ?)"
                        + " order by created_at desc, id desc limit ?")
                .params(shown, shown, limit)
                .query(AccessibilityReports::report)
                .list();
    }

    long count(ReportStatus status) {
        return rows.count(status);
    }

    long countAll() {
        return rows.countAll();
    }

    void saveNote(long id, String note) {
        rows.saveNote(id, note);
    }

    /** To {@code next} if it still stands at {@code seen}; false when someone changed it meanwhile. */
    boolean move(long id, ReportStatus seen, ReportStatus next) {
        return rows.move(id, seen, next);
    }

    private static AccessibilityReport report(ResultSet rs, int row) throws SQLException {
        return new AccessibilityReport(
                rs.getLong("id"),
                rs.getString("page"),
                rs.getString("problem"),
                rs.getString("email"),
                rs.getString("locale"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getTimestamp("created_at").toInstant());
    }
}
