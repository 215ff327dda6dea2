package org.kompanjoner.moderation;

/** Addresses of reporting and of the review queue. */
public final class ModerationRoutes {

    public static final String QUEUE = "/admin/granskning";

    private ModerationRoutes() {}

    public static String reportListing(long listingId) {
        return "/anmal/annons/" + listingId;
    }

    public static String approveListing(long listingId) {
        return QUEUE + "/annonser/" + listingId + "/godkann";
    }

    public static String askForChanges(long listingId) {
        return QUEUE + "/annonser/" + listingId + "/komplettera";
    }

    public static String removeListing(long listingId) {
        return QUEUE + "/annonser/" + listingId + "/ta-bort";
    }

    public static String dismissReports(long listingId) {
        return QUEUE + "/annonser/" + listingId + "/avfarda";
    }
}
