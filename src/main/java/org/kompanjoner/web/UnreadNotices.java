package org.kompanjoner.web;

/** How many notices a person has not read yet, for the count beside "Notices" in every page's header. */
public interface UnreadNotices {

    long unreadFor(long personId);
}
