package org.kompanjoner.knowledge;

/** Addresses of the publication library and its staff pages; templates import these. */
public final class PublicationRoutes {

    public static final String LIBRARY = "/publikationer";
    /** The same library for English-speaking visitors who type the address. */
    public static final String LIBRARY_ENGLISH = "/publications";

    /** Coordinators: every publication with its actions, and a new one. */
    public static final String STAFF = "/admin/publikationer";

    public static final String NEW = "/admin/publikationer/ny";

    private PublicationRoutes() {}

    public static String publication(long id) {
        return LIBRARY + "/" + id;
    }

    /** The report's file, sent as a download. */
    public static String file(long id) {
        return publication(id) + "/fil";
    }

    public static String edit(long id) {
        return STAFF + "/" + id + "/redigera";
    }

    public static String remove(long id) {
        return STAFF + "/" + id + "/ta-bort";
    }
}
