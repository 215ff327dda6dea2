package org.kompanjoner.knowledge.talks;

/** Where an invitation to talk stands: new in the inbox, planned with the asker, done, or declined. */
public enum TalkStatus {
    NEW,
    PLANNED,
    DONE,
    DECLINED
}
