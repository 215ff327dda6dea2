package org.kompanjoner.programmes;

/** Addresses of the programmes; templates import these instead of writing URLs. */
public final class ProgrammeRoutes {

    public static final String LIST = "/program";
    /** The same list for English-speaking visitors who type the address. */
    public static final String LIST_ENGLISH = "/programmes";

    public static final String MINE = "/mina-program";

    /** Where anyone checks a certificate's code. */
    public static final String VERIFY = "/intyg";

    public static final String STAFF = "/admin/program";

    public static final String NEW = "/admin/program/nytt";

    private ProgrammeRoutes() {}

    public static String programme(long id) {
        return LIST + "/" + id;
    }

    public static String apply(long id) {
        return LIST + "/" + id + "/ansok";
    }

    public static String certificatePdf(long id) {
        return LIST + "/" + id + "/intyg.pdf";
    }

    public static String verify(String code) {
        return VERIFY + "/" + code;
    }

    public static String staff(long id) {
        return STAFF + "/" + id;
    }

    public static String edit(long id) {
        return STAFF + "/" + id + "/redigera";
    }

    public static String addSession(long id) {
        return STAFF + "/" + id + "/traffar";
    }

    public static String removeSession(long id, long eventId) {
        return STAFF + "/" + id + "/traffar/" + eventId + "/ta-bort";
    }

    public static String decide(long id, long applicationId) {
        return STAFF + "/" + id + "/ansokningar/" + applicationId;
    }

    public static String revoke(long id, long certificateId) {
        return STAFF + "/" + id + "/intyg/" + certificateId + "/aterkalla";
    }
}
