package org.kompanjoner.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.kompanjoner.accounts.AccountRoutes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after sign-in however active it is, so a stolen session cookie
 * or a shared computer left signed in stops working. Inactivity is handled by the session timeout.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {

    public static final String SIGNED_IN_AT = "kompanjoner.signedInAt";

    private final Duration lifetime;

    SessionLifetimeFilter(Duration lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && signedInAt.plus(lifetime).isBefore(Instant.now())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + AccountRoutes.SIGN_IN + "?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
