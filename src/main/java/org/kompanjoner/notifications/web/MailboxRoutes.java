package org.kompanjoner.notifications.web;

/** Addresses of the coordinators' view of the mail outbox. */
public final class MailboxRoutes {

    public static final String MAILBOX = "/admin/e-post";

    private MailboxRoutes() {}

    public static String mail(long id) {
        return MAILBOX + "/" + id;
    }
}
