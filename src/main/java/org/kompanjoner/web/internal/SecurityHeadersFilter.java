package org.kompanjoner.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.kompanjoner.web.ImageHosts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Strict browser policy on every response: scripts and styles only from our own files (no inline
 * script or style anywhere), images from our own files and from the hosts modules name as
 * {@link ImageHosts} (a map's tile server, when one is configured) and nowhere else, no framing, no
 * referrer leaking to other sites, no powerful features.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = policy(List.of());

    private final String contentSecurityPolicy;

    SecurityHeadersFilter(ObjectProvider<ImageHosts> imageHosts) {
        List<String> origins = imageHosts
                .orderedStream()
                .flatMap(hosts -> hosts.origins().stream())
                .distinct()
                .toList();
        for (String origin : origins) {
            // An origin goes into the header as it is: anything but a plain origin could widen the policy.
            if (!ImageHosts.ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("Not an origin for img-src: " + origin);
            }
        }
        this.contentSecurityPolicy = policy(origins);
    }

    static String policy(List<String> imageOrigins) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                String.join(" ", "img-src 'self' data:", String.join(" ", imageOrigins))
                        .strip(),
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        applyTo(response, contentSecurityPolicy);
        chain.doFilter(request, response);
    }

    /**
     * The headers, also for the answers Tomcat gives itself (see {@link ContainerErrorPages}); those
     * error pages show no images from elsewhere, so they keep the strictest policy.
     */
    static void applyTo(HttpServletResponse response) {
        applyTo(response, CONTENT_SECURITY_POLICY);
    }

    private static void applyTo(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Also set by Spring Security, but not on what is refused before its filters (older browsers).
        response.setHeader("X-Frame-Options", "DENY");
    }
}
