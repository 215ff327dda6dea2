package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignUpController {

    static final RateLimiter.Limit SIGN_UPS_PER_ADDRESS = new RateLimiter.Limit(30, Duration.ofHours(1));
    static final String CHECK_INBOX = AccountRoutes.SIGN_UP + "/kontrollera-e-post";

    private final Credentials credentials;
    private final RateLimiter limits;

    SignUpController(Credentials credentials, RateLimiter limits) {
        this.credentials = credentials;
        this.limits = limits;
    }

    @GetMapping(AccountRoutes.SIGN_UP)
    String form(
            @RequestParam(required = false) String next, @RequestParam(required = false) String email, Model model) {
        model.addAttribute("form", SignUpForm.empty(next, email));
        return "accounts/signup";
    }

    @PostMapping(AccountRoutes.SIGN_UP)
    String signUp(
            @Valid @ModelAttribute("form") SignUpForm form,
            BindingResult errors,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (form.homepage() != null && !form.homepage().isBlank()) {
            return "redirect:" + CHECK_INBOX;
        }
        AccountForms.checkEmail(form.email(), errors);
        credentials
                .passwordProblem(form.password(), form.email())
                .ifPresent(problem -> errors.rejectValue("password", problem));
        if (errors.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("formErrors", errors);
            return "accounts/signup";
        }
        // Counted only for complete forms, so people correcting mistakes in a workshop are not stopped.
        if (limits.refusedFromAddress("sign-up", SIGN_UPS_PER_ADDRESS, request, response)) {
            model.addAttribute("tooMany", true);
            return "accounts/signup";
        }
        credentials.signUp(
                form.displayName(), form.email(), form.password(), locale, Requests.safeNext(form.next(), null));
        return "redirect:" + CHECK_INBOX;
    }

    @GetMapping(CHECK_INBOX)
    String checkInbox() {
        return "accounts/check-inbox";
    }
}
