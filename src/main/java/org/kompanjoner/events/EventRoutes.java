package org.kompanjoner.events;

/** Addresses of the events; templates import these instead of writing URLs. */
public final class EventRoutes {

    public static final String CALENDAR = "/evenemang";
    /** The same calendar for English-speaking visitors who type the address. */
    public static final String CALENDAR_ENGLISH = "/events";

    public static final String MINE = "/mina-evenemang";

    /** The upcoming events as a calendar to subscribe to, and as an Atom feed; both take the filters. */
    public static final String ICS_FEED = "/evenemang.ics";

    public static final String ATOM_FEED = "/evenemang.atom";

    /** Organisers: every event, a new one, and each event's participants. */
    public static final String STAFF = "/admin/evenemang";

    public static final String NEW = "/admin/evenemang/nytt";

    private EventRoutes() {}

    public static String staff(long id) {
        return STAFF + "/" + id;
    }

    public static String edit(long id) {
        return STAFF + "/" + id + "/redigera";
    }

    public static String copy(long id) {
        return NEW + "?kopia=" + id;
    }

    public static String attendance(long id) {
        return STAFF + "/" + id + "/narvaro";
    }

    public static String outcome(long id) {
        return STAFF + "/" + id + "/resultat";
    }

    public static String cancelEvent(long id) {
        return STAFF + "/" + id + "/stall-in";
    }

    public static String promote(long id, long registrationId) {
        return STAFF + "/" + id + "/ge-plats/" + registrationId;
    }

    public static String participantsCsv(long id) {
        return STAFF + "/" + id + "/deltagare.csv";
    }

    public static String event(long id) {
        return CALENDAR + "/" + id;
    }

    /** The event as an iCalendar file, for a calendar program. */
    public static String ics(long id) {
        return CALENDAR + "/" + id + ".ics";
    }

    public static String register(long id) {
        return CALENDAR + "/" + id + "/anmal";
    }

    public static String cancel(long id) {
        return CALENDAR + "/" + id + "/avboka";
    }

    /** The link mailed to a registered person that cancels their registration (after they confirm). */
    public static String cancelByLink(String token) {
        return CALENDAR + "/avboka/" + token;
    }

    /** A guest registers with a name and a mail address. */
    public static String guest(long id) {
        return CALENDAR + "/" + id + "/gast";
    }

    /** The link mailed to a guest that confirms their address (after they press its button). */
    public static String confirmByLink(String token) {
        return CALENDAR + "/bekrafta/" + token;
    }

    public static String acceptOffer(long id) {
        return CALENDAR + "/" + id + "/ta-platsen";
    }
}
