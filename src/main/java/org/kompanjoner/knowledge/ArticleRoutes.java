package org.kompanjoner.knowledge;

/** Addresses of the news, the pages and the knowledge landing page; templates import these. */
public final class ArticleRoutes {

    /** The knowledge landing page: news, pages and whatever else the module gathers there. */
    public static final String KNOWLEDGE = "/kunskap";
    /** The same page for English-speaking visitors who type the address. */
    public static final String KNOWLEDGE_ENGLISH = "/knowledge";

    public static final String NEWS = "/nyheter";
    public static final String NEWS_ENGLISH = "/news";
    public static final String ATOM_FEED = "/nyheter.atom";

    /** A page's fixed address is this followed by its slug. */
    public static final String PAGES = "/sida";

    /** Coordinators: every article and page, drafts and scheduled ones included. */
    public static final String STAFF = "/admin/artiklar";

    public static final String NEW = STAFF + "/ny";

    /** The articles' small stylesheet, on their pages only. */
    public static final String STYLESHEET = "/css/articles.css";

    private ArticleRoutes() {}

    public static String news(long id) {
        return NEWS + "/" + id;
    }

    public static String page(String slug) {
        return PAGES + "/" + slug;
    }

    /** A news article's public address, or a page's. */
    public static String of(long id, String slug) {
        return slug == null ? news(id) : page(slug);
    }

    public static String edit(long id) {
        return STAFF + "/" + id;
    }

    public static String removeCover(long id) {
        return edit(id) + "/omslag/ta-bort";
    }

    public static String translation(long id, String language) {
        return edit(id) + "/oversattning/" + language;
    }

    public static String removeTranslation(long id, String language) {
        return translation(id, language) + "/ta-bort";
    }

    public static String history(long id) {
        return edit(id) + "/historik";
    }

    public static String version(long id, long versionId) {
        return history(id) + "/" + versionId;
    }

    /** Where the cover images are served from. */
    public static final String IMAGES = "/artikelbild";

    /**
     * The cover image, {@code large} or {@code small}, with the version of the cover in its address so
     * that it can be cached for a year: a new cover gets a new address.
     */
    public static String image(long id, String size, long version) {
        return IMAGES + "/" + id + "/" + size + "-" + version;
    }
}
