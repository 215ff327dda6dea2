package org.kompanjoner.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files are addressed by a hash of their content (pages ask {@code layout.asset(…)} for the
 * address), so a file at such an address never changes and may be kept for a year. Set here, before
 * anything is written: Spring Security's default headers then leave it alone, where they would
 * otherwise forbid keeping the file at all. A missing file's error page says not to keep it (see
 * {@link ErrorPages}), so that a node that does not have a new file yet cannot spoil a cache for a year.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StaticFileCaching extends OncePerRequestFilter {

    static final String A_YEAR = "public, max-age=31536000, immutable";

    // What the content version strategy makes of "site.css": "site-" and an MD5 of the content.
    private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method))
                && VERSIONED.matcher(request.getRequestURI()).matches()) {
            response.setHeader("Cache-Control", A_YEAR);
        }
        chain.doFilter(request, response);
    }
}
