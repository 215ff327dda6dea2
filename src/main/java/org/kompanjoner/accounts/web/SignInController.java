package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.AccountUser;
import org.kompanjoner.accounts.internal.JdbcPeople;
import org.kompanjoner.accounts.internal.SessionGuard;
import org.kompanjoner.accounts.internal.SignInThrottle;
import org.kompanjoner.accounts.internal.TrustedDevices;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.web.Languages;
import org.kompanjoner.web.Requests;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in. Failed attempts slow further ones down ({@link SignInThrottle}): a refused attempt gets 429
 * with the time to wait, whether or not the password is right, so guessing cannot go on at speed, while
 * the owner keeps a way in from a browser they used before or by resetting the password.
 */
@Controller
public class SignInController {

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final SignInThrottle throttle;
    private final TrustedDevices devices;
    private final ChangeSessionIdAuthenticationStrategy sessionFixation = new ChangeSessionIdAuthenticationStrategy();
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
    private final JdbcPeople people;
    private final LocaleResolver languages;

    SignInController(
            AuthenticationManager authentication,
            SecurityContextRepository contexts,
            SignInThrottle throttle,
            TrustedDevices devices,
            JdbcPeople people,
            LocaleResolver languages) {
        this.authentication = authentication;
        this.contexts = contexts;
        this.throttle = throttle;
        this.devices = devices;
        this.people = people;
        this.languages = languages;
    }

    @GetMapping(AccountRoutes.SIGN_IN)
    String form(
            @RequestParam(required = false) String next,
            @RequestParam(required = false) String signedOut,
            @RequestParam(required = false) String expired,
            Model model) {
        model.addAttribute("form", new SignInView("", next, notice(signedOut, expired), null));
        return "accounts/signin";
    }

    private static String notice(String signedOut, String expired) {
        if (signedOut != null) {
            return "accounts.signin.signed-out";
        }
        if (expired != null) {
            return "accounts.signin.expired";
        }
        return null;
    }

    @PostMapping(AccountRoutes.SIGN_IN)
    String signIn(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String address = Requests.clientAddress(request);
        String account = Emails.normalise(email);
        if (account.isEmpty() || password.isEmpty()) {
            // Not a guess: nothing to count, just say what is missing.
            response.setStatus(400);
            model.addAttribute("form", new SignInView(email, next, null, "accounts.signin.failed"));
            return "accounts/signin";
        }
        boolean trusted = devices.trusted(request, account);
        Optional<SignInThrottle.Wait> held = throttle.check(account, address, trusted);
        if (held.isPresent()) {
            long wait = held.get().seconds();
            Requests.tooMany(response, wait);
            String reason = held.get().hold() == SignInThrottle.Hold.ACCOUNT
                    ? "accounts.signin.throttled-account"
                    : "accounts.signin.throttled";
            model.addAttribute("form", new SignInView(email, next, null, reason));
            model.addAttribute("wait", wait);
            return "accounts/signin";
        }
        try {
            Authentication result =
                    authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account, password));
            startSession(result, request, response);
            throttle.succeeded(account, address);
            if (result.getPrincipal() instanceof AccountUser user) {
                devices.remember(user.personId(), request, response);
                followLanguage(user.personId(), request, response);
            }
        } catch (DisabledException unverified) {
            response.setStatus(403);
            model.addAttribute("form", new SignInView(email, next, null, "accounts.signin.unverified"));
            model.addAttribute("unverified", true);
            return "accounts/signin";
        } catch (AuthenticationException wrong) {
            throttle.failed(account, address, trusted);
            response.setStatus(401);
            model.addAttribute("form", new SignInView(email, next, null, "accounts.signin.failed"));
            return "accounts/signin";
        }
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        String fallback = saved != null && "GET".equals(saved.getMethod())
                ? Requests.safeNext(pathOf(saved.getRedirectUrl()), AccountRoutes.MY_ACCOUNT)
                : AccountRoutes.MY_ACCOUNT;
        return "redirect:" + Requests.safeNext(next, fallback);
    }

    /**
     * A language chosen with the switch in this browser outlasts signing in, and becomes the account's
     * (for its mail too): the person just said which language they read. Without such a choice, pages
     * follow the language saved with the account, on any browser.
     */
    private void followLanguage(long personId, HttpServletRequest request, HttpServletResponse response) {
        people.byId(personId)
                .ifPresent(person -> Languages.chosenIn(request)
                        .ifPresentOrElse(
                                chosen -> {
                                    if (!chosen.equals(person.locale())) {
                                        people.changeProfile(personId, person.displayName(), chosen);
                                    }
                                },
                                () -> languages.setLocale(request, response, person.locale())));
    }

    /** Signs in on a fresh session id and a fresh CSRF token, as Spring Security's own login does. */
    private void startSession(Authentication result, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        sessionFixation.onAuthentication(result, request, response);
        new CsrfAuthenticationStrategy(csrfTokens).onAuthentication(result, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SessionGuard.SIGNED_IN_AT, Instant.now());
    }

    private static String pathOf(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the sign-in page shows: the address typed, where to go next, and a notice or an error. */
    public record SignInView(String email, String next, String noticeKey, String errorKey) {}
}
