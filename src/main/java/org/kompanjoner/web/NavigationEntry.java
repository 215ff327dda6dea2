package org.kompanjoner.web;

/**
 * A link in every page's header, contributed as a bean by the module whose page it leads to, so that
 * the frame shows the site's parts without knowing them. Lower {@code order} comes first.
 *
 * @param path where it leads, a path on this site
 * @param labelKey the message key of its text
 * @param audience who sees it
 * @param post sent as a form (with the form token) rather than followed as a link: signing out
 * @param badge a count shown beside it for the signed-in person (unread notices), or null
 * @param badgeLabelKey the message key read after the count by screen readers ("unread")
 */
public record NavigationEntry(
        int order, String path, String labelKey, Audience audience, boolean post, Badge badge, String badgeLabelKey) {

    /** Who sees an entry. */
    public enum Audience {
        EVERYONE,
        /** Only those who are not signed in (sign in, create an account). */
        VISITORS,
        MEMBERS,
        /** Coordinators and administrators. */
        STAFF
    }

    /** A number for the signed-in person, shown beside an entry when it is above zero. */
    @FunctionalInterface
    public interface Badge {
        long forPerson(long personId);
    }

    public static NavigationEntry link(int order, String path, String labelKey, Audience audience) {
        return new NavigationEntry(order, path, labelKey, audience, false, null, null);
    }

    /** An entry that is a small form sent with POST, such as signing out. */
    public static NavigationEntry form(int order, String path, String labelKey, Audience audience) {
        return new NavigationEntry(order, path, labelKey, audience, true, null, null);
    }

    public NavigationEntry withBadge(Badge count, String labelKey) {
        return new NavigationEntry(order, path, this.labelKey, audience, post, count, labelKey);
    }

    /**
     * What the header writes for one entry on one page; {@code lang} is set only when the label is in
     * another language than the page.
     */
    public record Link(
            String path, String label, boolean current, boolean post, long badge, String badgeLabel, String lang) {}
}
