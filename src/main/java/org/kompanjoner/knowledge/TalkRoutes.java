package org.kompanjoner.knowledge;

/**
 * Addresses of the invitation to come and talk, the form to report a problem with the site's accessibility, and
 * the coordinators' inbox of both; templates import these.
 */
public final class TalkRoutes {

    /** Anyone invites the team to come and talk here. */
    public static final String INVITE = "/bjud-in-oss";
    /** The same form for English-speaking visitors who type the address. */
    public static final String INVITE_ENGLISH = "/invite-us";

    /** Anyone reports a problem with the site's accessibility here. */
    public static final String ACCESSIBILITY_REPORT = "/tillganglighet/rapportera";

    public static final String ACCESSIBILITY_REPORT_ENGLISH = "/accessibility/report";

    /** Coordinators: the invitations to talk, and the accessibility reports beside them. */
    public static final String INBOX = "/admin/bjud-in-oss";

    public static final String REPORTS = "/admin/tillganglighet";

    private TalkRoutes() {}

    public static String invitation(long id) {
        return INBOX + "/" + id;
    }

    public static String invitationStatus(long id) {
        return invitation(id) + "/status";
    }

    public static String invitationNote(long id) {
        return invitation(id) + "/anteckning";
    }

    public static String invitationFacilitator(long id) {
        return invitation(id) + "/facilitator";
    }

    public static String report(long id) {
        return REPORTS + "/" + id;
    }

    public static String reportStatus(long id) {
        return report(id) + "/status";
    }

    public static String reportNote(long id) {
        return report(id) + "/anteckning";
    }
}
