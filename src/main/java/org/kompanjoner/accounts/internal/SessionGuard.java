package org.kompanjoner.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kompanjoner.accounts.AccountRoutes;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the account behind it, on every request:
 * <ul>
 *   <li>it ends a fixed time after sign-in however active it is, so a stolen cookie or a shared computer
 *       left signed in stops working (inactivity is the session timeout's job);
 *   <li>it ends when the password has changed since (a reset, or a change made in another session) or
 *       the account is gone;
 *   <li>it follows role and name changes at once, so a coordinator whose role is taken away loses the
 *       staff pages on their next click, not at their next sign-in.
 * </ul>
 */
public class SessionGuard extends OncePerRequestFilter {

    public static final String SIGNED_IN_AT = "kompanjoner.signedInAt";

    private final Duration lifetime;
    private final JdbcPeople people;
    private final SecurityContextRepository contexts;

    public SessionGuard(Duration lifetime, JdbcPeople people, SecurityContextRepository contexts) {
        this.lifetime = lifetime;
        this.people = people;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && signedInAt.plus(lifetime).isBefore(Instant.now())) {
            end(session, request, response);
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (people != null && authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            Optional<Person> person = people.byId(user.personId());
            if (person.isEmpty() || person.get().sessionEpoch() != user.sessionEpoch()) {
                end(session, request, response);
                return;
            }
            AccountUser current = new AccountUser(person.get());
            if (!current.sameAs(user)) {
                signInAs(current, request, response, contexts);
            }
        }
        chain.doFilter(request, response);
    }

    /** Puts {@code user} into this session as the signed-in person, replacing what it held. */
    static void signInAs(
            AccountUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            SecurityContextRepository contexts) {
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static void end(HttpSession session, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + AccountRoutes.SIGN_IN + "?expired");
    }
}
