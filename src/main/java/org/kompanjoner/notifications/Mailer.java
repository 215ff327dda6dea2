package org.kompanjoner.notifications;

/** Sends mail to people. */
public interface Mailer {

    /**
     * Puts the mail in the outbox as part of the caller's transaction, so it is sent exactly when what
     * it announces is committed; it goes out over SMTP right after the commit, or is retried, or, with no
     * SMTP server configured, stays in the outbox where coordinators can read it.
     */
    void send(OutgoingMail mail);
}
