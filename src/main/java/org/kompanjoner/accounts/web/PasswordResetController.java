package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgot your password? A one-hour link by mail, then a new password. */
@Controller
class PasswordResetController {

    static final String RESET_SENT = AccountRoutes.FORGOT_PASSWORD + "/skickat";

    private final Credentials credentials;
    private final RateLimiter limits;

    PasswordResetController(Credentials credentials, RateLimiter limits) {
        this.credentials = credentials;
        this.limits = limits;
    }

    @GetMapping(AccountRoutes.FORGOT_PASSWORD)
    String form(Model model) {
        model.addAttribute("email", "");
        return "accounts/forgot-password";
    }

    @PostMapping(AccountRoutes.FORGOT_PASSWORD)
    String request(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("email", email);
        if (!Emails.plausible(email)) {
            response.setStatus(400);
            model.addAttribute("formErrors", FormErrors.rejected("email", email, "accounts.email.invalid"));
            return "accounts/forgot-password";
        }
        long wait = VerificationController.mailLimits(limits, request, email);
        if (wait > 0) {
            Requests.tooMany(response, wait);
            return "web/too-many";
        }
        credentials.requestPasswordReset(email);
        return "redirect:" + RESET_SENT;
    }

    @GetMapping(RESET_SENT)
    String sent() {
        return "accounts/reset-sent";
    }

    @GetMapping(AccountRoutes.RESET_PASSWORD)
    String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!credentials.resetTokenValid(token)) {
            response.setStatus(400);
            return "accounts/reset-failed";
        }
        model.addAttribute("token", token);
        model.addAttribute("formErrors", new BeanPropertyBindingResult(new PasswordField(""), "form"));
        return "accounts/reset-password";
    }

    @PostMapping(AccountRoutes.RESET_PASSWORD)
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!credentials.resetTokenValid(token)) {
            response.setStatus(400);
            return "accounts/reset-failed";
        }
        BindingResult errors = new BeanPropertyBindingResult(new PasswordField(password), "form");
        credentials.passwordProblem(password, null).ifPresent(problem -> errors.rejectValue("password", problem));
        if (errors.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("token", token);
            model.addAttribute("formErrors", errors);
            return "accounts/reset-password";
        }
        if (!credentials.resetPassword(token, password)) {
            response.setStatus(400);
            return "accounts/reset-failed";
        }
        Flash.message(redirect, "accounts.reset.done");
        return "redirect:" + AccountRoutes.SIGN_IN;
    }

    /** Lets a lone password field carry field errors like any form. */
    public record PasswordField(String password) {}
}
