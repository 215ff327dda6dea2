package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.AccountUser;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.JdbcPeople;
import org.kompanjoner.accounts.internal.Person;
import org.kompanjoner.accounts.internal.SignedInSessions;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account: name and language, e-mail address, password, organisations. */
@Controller
public class MyAccountController {

    private final Credentials credentials;
    private final JdbcPeople people;
    private final JdbcOrganisations organisations;
    private final SignedInSessions sessions;
    private final LocaleResolver languages;

    MyAccountController(
            Credentials credentials,
            JdbcPeople people,
            JdbcOrganisations organisations,
            SignedInSessions sessions,
            LocaleResolver languages) {
        this.credentials = credentials;
        this.people = people;
        this.organisations = organisations;
        this.sessions = sessions;
        this.languages = languages;
    }

    public record ProfileForm(
            @NotBlank(message = "{accounts.name.required}") @Size(max = 100, message = "{accounts.name.too-long}")
            String displayName,

            String language) {}

    public record EmailForm(String email, String passwordCheck) {}

    public record PasswordForm(String currentPassword, String password) {}

    @GetMapping(AccountRoutes.MY_ACCOUNT)
    String page(@AuthenticationPrincipal AccountUser user, Model model) {
        Person person = people.byId(user.personId()).orElseThrow();
        return render(model, person, null);
    }

    @PostMapping(AccountRoutes.MY_PROFILE)
    String profile(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("profile") ProfileForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Person person = people.byId(user.personId()).orElseThrow();
        if (errors.hasErrors()) {
            response.setStatus(400);
            return render(model, person, errors);
        }
        Locale language = Languages.supported(form.language());
        credentials.updateProfile(person.id(), form.displayName(), language);
        // The language chosen for e-mail is the language of the pages too.
        languages.setLocale(request, response, language);
        Flash.message(redirect, "accounts.my.profile.saved");
        return "redirect:" + AccountRoutes.MY_ACCOUNT;
    }

    @PostMapping(AccountRoutes.CHANGE_EMAIL)
    String email(
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("emailForm") EmailForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Person person = people.byId(user.personId()).orElseThrow();
        BindingResult errors = new BeanPropertyBindingResult(form, "emailForm");
        AccountForms.checkEmail(form.email(), errors);
        if (!credentials.passwordMatches(person.id(), form.passwordCheck())) {
            errors.rejectValue("passwordCheck", "accounts.password.wrong");
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return render(model, person, errors);
        }
        credentials.requestEmailChange(person.id(), form.email());
        Flash.message(redirect, "accounts.my.email.sent", form.email().strip());
        return "redirect:" + AccountRoutes.MY_ACCOUNT;
    }

    @GetMapping(AccountRoutes.CONFIRM_EMAIL)
    String confirmEmail(
            @RequestParam(required = false) String token, RedirectAttributes redirect, HttpServletResponse response) {
        if (!credentials.confirmEmailChange(token)) {
            response.setStatus(400);
            return "accounts/verify-failed";
        }
        Flash.message(redirect, "accounts.my.email.changed");
        return "redirect:" + AccountRoutes.MY_ACCOUNT;
    }

    @PostMapping(AccountRoutes.CHANGE_PASSWORD)
    String password(
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("passwordForm") PasswordForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Person person = people.byId(user.personId()).orElseThrow();
        BindingResult errors = new BeanPropertyBindingResult(form, "passwordForm");
        if (!credentials.passwordMatches(person.id(), form.currentPassword())) {
            errors.rejectValue("currentPassword", "accounts.password.wrong");
        }
        credentials
                .passwordProblem(form.password(), person.email())
                .ifPresent(problem -> errors.rejectValue("password", problem));
        if (errors.hasErrors()) {
            response.setStatus(400);
            return render(model, person, errors);
        }
        credentials.changePassword(person.id(), form.password());
        sessions.refresh(person.id(), request, response);
        Flash.message(redirect, "accounts.my.password.changed");
        return "redirect:" + AccountRoutes.MY_ACCOUNT;
    }

    /**
     * The page with its three forms. The one that failed ({@code errors}) shows what was typed, except
     * any password; the others start from the person as they are.
     */
    private String render(Model model, Person person, BindingResult errors) {
        String failed = errors == null ? "" : errors.getObjectName();
        if (!"profile".equals(failed)) {
            model.addAttribute(
                    "profile",
                    new ProfileForm(person.displayName(), person.locale().getLanguage()));
        }
        String typedEmail = "emailForm".equals(failed) && model.getAttribute("emailForm") instanceof EmailForm typed
                ? typed.email()
                : "";
        model.addAttribute("person", person);
        model.addAttribute("emailForm", new EmailForm(typedEmail, ""));
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        model.addAttribute("formErrors", errors);
        model.addAttribute("failedForm", failed);
        model.addAttribute("organisations", organisations.of(person.id()));
        return "accounts/my-account";
    }
}
