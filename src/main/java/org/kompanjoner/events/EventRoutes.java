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

    public static final String STYLESHEET = "/css/events.css";

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

    /** The list to print for the door, which is also where attendance is marked from a phone. */
    public static String checkIn(long id) {
        return STAFF + "/" + id + "/incheckning";
    }

    /** One participant marked present or not, from the check-in list. */
    public static String checkInOne(long id, long registrationId) {
        return checkIn(id) + "/" + registrationId;
    }

    public static String addLink(long id) {
        return STAFF + "/" + id + "/material/lank";
    }

    public static String addFile(long id) {
        return STAFF + "/" + id + "/material/fil";
    }

    public static String removeMaterial(long id, long materialId) {
        return STAFF + "/" + id + "/material/" + materialId + "/ta-bort";
    }

    public static String addOrganiser(long id) {
        return STAFF + "/" + id + "/arrangorer";
    }

    public static String removeOrganiser(long id, long personId) {
        return STAFF + "/" + id + "/arrangorer/" + personId + "/ta-bort";
    }

    public static String removeOrganisation(long id, long organisationId) {
        return STAFF + "/" + id + "/organisationer/" + organisationId + "/ta-bort";
    }

    /** A material file of the event, for anyone to download. */
    public static String material(long id, long materialId) {
        return CALENDAR + "/" + id + "/material/" + materialId;
    }

    public static String event(long id) {
        return CALENDAR + "/" + id;
    }

    /** The form that adds or changes a translation of the event ({@code ?language=en} to change one). */
    public static String translation(long id) {
        return event(id) + "/oversattning";
    }

    public static String removeTranslation(long id) {
        return translation(id) + "/ta-bort";
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
