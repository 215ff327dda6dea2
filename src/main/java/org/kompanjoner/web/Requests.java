package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
     * Refuses a request that came too often: status 429 and, as HTTP asks, the seconds after which
     * trying again will work, so that people are told and well-behaved clients wait.
     */
    public static void tooMany(HttpServletResponse response, long seconds) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(Math.max(1, seconds)));
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
