package org.kompanjoner.moderation;

/** Addresses of reporting and of the review queue, for every kind of {@link Reviewable} content. */
public final class ModerationRoutes {

    public static final String QUEUE = "/admin/granskning";

    private ModerationRoutes() {}

    /** Where anyone reports an item; {@code slug} is its kind's {@link Reviewable#slug()}. */
    public static String report(String slug, long id) {
        return "/anmal/" + slug + "/" + id;
    }

    public static String approve(String slug, long id) {
        return QUEUE + "/" + slug + "/" + id + "/godkann";
    }

    public static String askForChanges(String slug, long id) {
        return QUEUE + "/" + slug + "/" + id + "/komplettera";
    }

    public static String remove(String slug, long id) {
        return QUEUE + "/" + slug + "/" + id + "/ta-bort";
    }

    public static String dismissReports(String slug, long id) {
        return QUEUE + "/" + slug + "/" + id + "/avfarda";
    }
}
