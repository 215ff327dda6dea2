package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletRequest;

/** Small helpers for what every controller asks of a request. */
public final class Requests {

    /**
     * A request attribute naming which error page explains a refusal better than its status alone
     * ({@code csrf} for an expired or missing form token).
     */
    public static final String ERROR_KIND = "kompanjoner.error.kind";

    private Requests() {}

    /** True when htmx asked for a fragment of the page rather than the whole page. */
    public static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The client address limits are counted against (the proxy's view when forwarded headers are on). */
    public static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /**
     * {@code next} when it is a path on this site, else {@code fallback}; never an absolute or
     * protocol-relative address, so a link cannot send people to another site after signing in.
     */
    public static String safeNext(String next, String fallback) {
        if (next == null
                || next.isBlank()
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.length() > 300
                || next.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        return next;
    }
}
