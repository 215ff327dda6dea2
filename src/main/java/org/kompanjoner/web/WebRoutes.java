package org.kompanjoner.web;

/** Addresses of the frame's own pages; templates import these instead of writing URLs. */
public final class WebRoutes {

    public static final String HOME = "/";
    /** The staff start page: the cards of every module's staff pages. */
    public static final String STAFF = "/admin";

    public static final String ACCESSIBILITY = "/tillganglighet";
    public static final String PRIVACY = "/integritet";
    /** The shipped languages and how complete each is. */
    public static final String LANGUAGES = "/sprak";

    public static final String LANGUAGES_ENGLISH = "/languages";
    public static final String STYLESHEET = "/css/site.css";
    public static final String SCRIPT = "/js/site.js";
    public static final String ICON = "/favicon.svg";
    public static final String HTMX = "/webjars/htmx.org/dist/htmx.min.js";

    /** The index of the easy-to-read pages (lättläst), each at {@link #easyToRead(String)}. */
    public static final String EASY_TO_READ = "/lattlast";

    private WebRoutes() {}

    public static String easyToRead(String slug) {
        return EASY_TO_READ + "/" + slug;
    }
}
