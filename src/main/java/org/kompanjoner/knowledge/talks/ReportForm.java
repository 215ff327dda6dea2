package org.kompanjoner.knowledge.talks;

/**
 * A problem with the site's accessibility as reported: the page (an address or a description), what is
 * wrong, and optionally an address for the answer. {@code homepage} is the field robots fill in.
 */
public record ReportForm(String page, String problem, String email, String homepage) {

    public static final int MAX_PAGE = 500;
    public static final int MAX_PROBLEM = 2000;

    public ReportForm {
        page = page == null ? "" : page;
        problem = problem == null ? "" : problem;
        email = email == null ? "" : email;
        homepage = homepage == null ? "" : homepage;
    }

    /** The form with the page the reporter came from already filled in. */
    public static ReportForm about(String page) {
        return new ReportForm(page, "", "", "");
    }
}
