package org.kompanjoner.programmes.facilitators;

/** Addresses of the facilitator directory, the requests for a facilitator and their inbox; templates import these. */
public final class FacilitatorRoutes {

    public static final String DIRECTORY = "/facilitatorer";
    /** The same directory for English-speaking visitors who type the address. */
    public static final String DIRECTORY_ENGLISH = "/facilitators";

    /** Anyone asks for a facilitator here. */
    public static final String REQUEST = "/facilitatorer/forfragan";

    /** A facilitator's own profile, and the requests assigned to them. */
    public static final String PROFILE = "/mitt-konto/facilitator";

    public static final String ASSIGNMENTS = "/mitt-konto/facilitator/uppdrag";

    /** Coordinators: the inbox of requests, and who is a facilitator. */
    public static final String INBOX = "/admin/facilitatorer";

    public static final String STAFF_PEOPLE = "/admin/facilitatorer/personer";

    public static final String GRANT = "/admin/facilitatorer/personer/ge-status";

    private FacilitatorRoutes() {}

    /** The request form with {@code personId} already chosen as the wished facilitator. */
    public static String requestFor(long personId) {
        return REQUEST + "?facilitator=" + personId;
    }

    public static String request(long id) {
        return INBOX + "/forfragningar/" + id;
    }

    public static String note(long id) {
        return request(id) + "/anteckning";
    }

    public static String assign(long id) {
        return request(id) + "/tilldela";
    }

    public static String close(long id) {
        return request(id) + "/avsluta";
    }

    public static String staffPerson(long personId) {
        return STAFF_PEOPLE + "/" + personId;
    }

    public static String withdraw(long personId) {
        return STAFF_PEOPLE + "/" + personId + "/dra-tillbaka";
    }

    public static String accept(long id) {
        return ASSIGNMENTS + "/" + id + "/tacka-ja";
    }

    public static String decline(long id) {
        return ASSIGNMENTS + "/" + id + "/tacka-nej";
    }
}
