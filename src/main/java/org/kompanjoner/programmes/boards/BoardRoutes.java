package org.kompanjoner.programmes.boards;

/** Addresses of the social business boards; templates import these. */
public final class BoardRoutes {

    /** What a social business board is, and the stories published with the entrepreneurs' consent. */
    public static final String PUBLIC = "/styrelser";
    /** The same page for English-speaking visitors who type the address. */
    public static final String PUBLIC_ENGLISH = "/boards";

    /** A member's own cases and the cases they sit on as an adviser; under "my account", so signed in. */
    public static final String MINE = "/mitt-konto/styrelser";

    public static final String APPLY = "/mitt-konto/styrelser/ansok";

    /** Volunteering as an adviser, with one's sectors, and stopping. */
    public static final String ADVISER = "/mitt-konto/styrelser/radgivare";

    public static final String STOP_ADVISING = "/mitt-konto/styrelser/radgivare/sluta";

    /** Coordinators: the inbox of cases. */
    public static final String INBOX = "/admin/styrelser";

    private static final String FOLLOW_UP = "/styrelser/uppfoljning/";

    private BoardRoutes() {}

    /** A case as its entrepreneur and panel see it. */
    public static String myCase(long id) {
        return MINE + "/arenden/" + id;
    }

    public static String consent(long id) {
        return myCase(id) + "/samtycke";
    }

    /** A case as the coordinators handle it. */
    public static String staffCase(long id) {
        return INBOX + "/arenden/" + id;
    }

    public static String seat(long id) {
        return staffCase(id) + "/radgivare";
    }

    public static String unseat(long id, long personId) {
        return staffCase(id) + "/radgivare/" + personId + "/ta-bort";
    }

    public static String panelSeated(long id) {
        return staffCase(id) + "/panel-klar";
    }

    public static String meeting(long id) {
        return staffCase(id) + "/mote";
    }

    public static String advice(long id) {
        return staffCase(id) + "/rad";
    }

    public static String decline(long id) {
        return staffCase(id) + "/avboj";
    }

    public static String story(long id) {
        return staffCase(id) + "/berattelse";
    }

    /** The signed link mailed to the entrepreneur after three and six months. */
    public static String followUp(String token) {
        return FOLLOW_UP + token;
    }
}
