package org.kompanjoner.notifications;

/** Notices in the app: what a person should know, listed for them with an unread count in every page's header. */
public interface Notices {

    /**
     * Leaves a notice for a person as part of the caller's transaction. It is kept as a message key and
     * its arguments, so that it reads in the language the person uses when they look; {@code link} is the
     * path within the site where the matter can be seen.
     */
    void post(long personId, String messageKey, String link, Object... arguments);
}
