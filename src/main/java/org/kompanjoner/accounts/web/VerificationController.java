package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The link in the verification mail, and asking for a new one. */
@Controller
class VerificationController {

    static final RateLimiter.Limit MAILS_PER_ADDRESS = new RateLimiter.Limit(5, Duration.ofMinutes(15));

    private final Credentials credentials;
    private final RateLimiter limits;

    VerificationController(Credentials credentials, RateLimiter limits) {
        this.credentials = credentials;
        this.limits = limits;
    }

    /**
     * The link from the mail asks before it confirms: mail scanners open links to check them, and a
     * confirmation on their visit would use up the person's single-use link.
     */
    @GetMapping(AccountRoutes.VERIFY)
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!credentials.verificationValid(token)) {
            response.setStatus(400);
            return "accounts/verify-failed";
        }
        model.addAttribute("token", token);
        return "accounts/verify-confirm";
    }

    @PostMapping(AccountRoutes.VERIFY)
    String verify(
            @RequestParam(required = false) String token, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<String> next = credentials.verify(token);
        if (next.isEmpty()) {
            response.setStatus(400);
            return "accounts/verify-failed";
        }
        Flash.message(redirect, "accounts.verify.done");
        UriComponentsBuilder signIn = UriComponentsBuilder.fromPath(AccountRoutes.SIGN_IN);
        if (!next.get().isBlank()) {
            signIn.queryParam("next", next.get());
        }
        return "redirect:" + signIn.encode().build().toUriString();
    }

    @PostMapping(AccountRoutes.RESEND_VERIFICATION)
    String resend(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long wait = mailLimits(limits, request, email);
        if (wait > 0) {
            Requests.tooMany(response, wait);
            return "web/too-many";
        }
        if (Emails.plausible(email)) {
            credentials.resendVerification(email);
        }
        Flash.message(redirect, "accounts.verify.resent");
        return "redirect:" + SignUpController.CHECK_INBOX;
    }

    /**
     * Counts a form that mails an address against the client's limit and the address's own, so that nobody
     * can flood one inbox from many places or many inboxes from one; 0 when allowed, else seconds to wait.
     */
    static long mailLimits(RateLimiter limits, HttpServletRequest request, String email) {
        long wait = limits.secondsRefused("mail-address", Requests.clientAddress(request), MAILS_PER_ADDRESS);
        return wait > 0 ? wait : limits.secondsRefused("mail-account", Emails.normalise(email), MAILS_PER_ADDRESS);
    }
}
