package org.kompanjoner.initiatives;

/** Addresses of the inventory; templates import these instead of writing URLs. */
public final class InitiativeRoutes {

    public static final String INITIATIVES = "/initiativ";
    /** The same list for English-speaking visitors who type the address. */
    public static final String INITIATIVES_ENGLISH = "/initiatives";

    public static final String NEW = "/initiativ/foresla";
    public static final String MINE = "/mina-initiativ";
    /** Initiatives in the review queue's and the report form's addresses. */
    public static final String REVIEW_SLUG = "initiativ";

    /** The published inventory as open data, with the list's filters applied. */
    public static final String CSV = "/initiativ.csv";

    public static final String GEOJSON = "/initiativ.geojson";
    /** What the map beside the list draws: the entries the list finds, as GeoJSON points. */
    public static final String MAP_DATA = "/initiativ/karta.json";

    /** Coordinators: entries to verify, and the import. */
    public static final String STAFF = "/admin/initiativ";

    public static final String IMPORT = "/admin/initiativ/import";
    public static final String IMPORT_CONFIRM = "/admin/initiativ/import/bekrafta";

    // Static files of the map: Leaflet from its webjar, our own script, style and basemap.
    public static final String LEAFLET_SCRIPT = "/webjars/leaflet/1.9.4/dist/leaflet.js";
    public static final String LEAFLET_STYLESHEET = "/webjars/leaflet/1.9.4/dist/leaflet.css";
    public static final String MARKER = "/webjars/leaflet/1.9.4/dist/images/marker-icon.png";
    public static final String MARKER_LARGE = "/webjars/leaflet/1.9.4/dist/images/marker-icon-2x.png";
    public static final String MARKER_SHADOW = "/webjars/leaflet/1.9.4/dist/images/marker-shadow.png";
    public static final String MAP_SCRIPT = "/js/initiatives-map.js";
    public static final String STYLESHEET = "/css/initiatives.css";
    /** Natural Earth's outlines of the Nordic countries: the basemap drawn when no tile server is set. */
    public static final String OUTLINE = "/geo/nordic-outline.json";

    private InitiativeRoutes() {}

    public static String initiative(long id) {
        return INITIATIVES + "/" + id;
    }

    /** The form that adds or changes a translation of the entry ({@code ?language=en} to change one). */
    public static String translation(long id) {
        return initiative(id) + "/oversattning";
    }

    public static String removeTranslation(long id) {
        return translation(id) + "/ta-bort";
    }

    public static String edit(long id) {
        return initiative(id) + "/redigera";
    }

    public static String verify(long id) {
        return initiative(id) + "/verifiera";
    }

    /** Coordinators name further owners here. */
    public static String owners(long id) {
        return initiative(id) + "/agare";
    }

    public static String removeOwner(long id, long personId) {
        return owners(id) + "/" + personId + "/ta-bort";
    }

    /** Anyone may suggest a correction to a published entry. */
    public static String correction(long id) {
        return initiative(id) + "/rattelse";
    }

    /** An owner or a coordinator marks a suggested correction as dealt with. */
    public static String correctionDone(long id) {
        return initiative(id) + "/rattelser/klar";
    }
}
