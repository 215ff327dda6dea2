package org.kompanjoner.events;

/** Addresses of the events; templates import these instead of writing URLs. */
public final class EventRoutes {

    public static final String CALENDAR = "/evenemang";
    /** The same calendar for English-speaking visitors who type the address. */
    public static final String CALENDAR_ENGLISH = "/events";

    public static final String MINE = "/mina-evenemang";

    private EventRoutes() {}

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

    public static String acceptOffer(long id) {
        return CALENDAR + "/" + id + "/ta-platsen";
    }
}
