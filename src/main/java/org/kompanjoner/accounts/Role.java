package org.kompanjoner.accounts;

/** What a person may do on the platform beyond their own content. */
public enum Role {
    /** A verified person: posts, answers, registers. Everyone who signs up. */
    MEMBER,
    /** Staff: moderates, curates, runs events, reads the mail outbox, reports. */
    COORDINATOR,
    /** Manages people, roles, vocabularies and settings. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
