package org.kompanjoner.knowledge.talks;

import java.time.Instant;

/**
 * A reported problem with the site's accessibility as it stands.
 *
 * @param email where the reporter wants the answer; empty when they want none
 */
public record AccessibilityReport(
        long id,
        String page,
        String problem,
        String email,
        String locale,
        ReportStatus status,
        String note,
        Instant createdAt) {

    public boolean answerWanted() {
        return !email.isBlank();
    }
}
