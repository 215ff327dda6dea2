package org.kompanjoner.knowledge.talks;

/** Where an accessibility report stands: new, being worked on, fixed, or closed without a change. */
public enum ReportStatus {
    NEW,
    IN_PROGRESS,
    FIXED,
    CLOSED
}
