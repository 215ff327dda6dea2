package org.kompanjoner.moderation;

/** Why someone reports content. */
public enum ReportReason {
    SPAM,
    OFFENSIVE,
    MISLEADING,
    PERSONAL_DATA,
    OTHER
}
