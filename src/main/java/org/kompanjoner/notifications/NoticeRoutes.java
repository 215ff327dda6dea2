package org.kompanjoner.notifications;

/** Addresses of a person's notices. */
public final class NoticeRoutes {

    public static final String NOTICES = "/notiser";
    public static final String MARK_ALL_READ = NOTICES + "/alla-lasta";

    private NoticeRoutes() {}

    public static String notice(long id) {
        return NOTICES + "/" + id;
    }
}
