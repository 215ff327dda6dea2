package org.kompanjoner.moderation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.kompanjoner.moderation.ReportReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports of content, open until a coordinator decides. */
@Repository
public class Reports {

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Report(
            long id, long subjectId, ReportReason reason, String details, Long reporterId, Instant createdAt) {}

    /**
     * Files a report, unless the same one (same content, reason, words and reporter, or anonymous) is
     * still open: pressing send again, or ten times, should not fill the queue with copies.
     */
    public void file(String subjectType, long subjectId, ReportReason reason, String details, Long reporterId) {
        boolean alreadyOpen = open(subjectType).stream()
                .anyMatch(report -> report.subjectId() == subjectId
                        && report.reason() == reason
                        && java.util.Objects.equals(report.details(), details)
                        && java.util.Objects.equals(report.reporterId(), reporterId));
        if (alreadyOpen) {
            return;
        }
        jdbc.sql("""
                insert into moderation_report (subject_type, subject_id, reason, details, reporter_id, created_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(subjectType, subjectId, reason.name(), details, reporterId, Timestamp.from(Instant.now()))
                .update();
    }

    /** Open reports about one kind of content, oldest first. */
    public List<Report> open(String subjectType) {
        return jdbc.sql("""
                select * from moderation_report where subject_type = ? and resolved_at is null
                order by created_at, id
                """)
                .param(subjectType)
                .query((rs, row) -> new Report(
                        rs.getLong("id"),
                        rs.getLong("subject_id"),
                        ReportReason.valueOf(rs.getString("reason")),
                        rs.getString("details"),
                        rs.getObject("reporter_id", Long.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Closes every open report about one item with the coordinator's decision. */
    public void resolve(String subjectType, long subjectId, long coordinatorId, String decision) {
        jdbc.sql("""
                update moderation_report set resolved_at = ?, resolved_by = ?, decision = ?
                where subject_type = ? and subject_id = ? and resolved_at is null
                """)
                .params(Timestamp.from(Instant.now()), coordinatorId, decision, subjectType, subjectId)
                .update();
    }
}
