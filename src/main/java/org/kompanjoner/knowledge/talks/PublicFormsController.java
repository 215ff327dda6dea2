package org.kompanjoner.knowledge.talks;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.knowledge.TalkRoutes;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.WebRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public forms, open to anyone signed in or not: come and talk to us; and reporting a problem with
 * the site's accessibility. Both have the hidden field robots fill in and a limit per address.
 */
@Controller
class PublicFormsController {

    /** Sent forms from one address: enough for an office behind one address, too few for a flood. */
    static final RateLimiter.Limit PER_ADDRESS = new RateLimiter.Limit(20, Duration.ofHours(1));

    /** How far ahead a talk can be wished for, in years. */
    static final int FURTHEST_YEARS = 2;

    private static final String PHONE = "[0-9 +()\\-]{0,40}";

    private final TalkDesk desk;
    private final Choices choices;
    private final Taxonomy taxonomy;
    private final RateLimiter limits;
    private final Clock clock;

    PublicFormsController(TalkDesk desk, Choices choices, Taxonomy taxonomy, RateLimiter limits, Clock clock) {
        this.desk = desk;
        this.choices = choices;
        this.taxonomy = taxonomy;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping({TalkRoutes.INVITE, TalkRoutes.INVITE_ENGLISH})
    String inviteForm(Locale locale, Model model) {
        return invitePage(model, TalkForm.empty(), null, locale);
    }

    @PostMapping(TalkRoutes.INVITE)
    String invite(
            @ModelAttribute("form") TalkForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        check(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return invitePage(model, form, errors, locale);
        }
        if (limits.refusedFromAddress("talk-invitation", PER_ADDRESS, request, response)) {
            return "web/too-many";
        }
        // A robot that filled the hidden field is answered like anyone, and nothing is stored.
        if (form.homepage().isBlank()) {
            desk.invite(form, locale);
        }
        Flash.message(redirect, "talks.invite.sent", Emails.normalise(form.email()));
        return "redirect:" + TalkRoutes.INVITE;
    }

    private void check(TalkForm form, Errors errors) {
        Checks.required(errors, "name", form.name(), TalkForm.MAX_NAME);
        if (!Emails.plausible(form.email())) {
            errors.rejectValue("email", "talks.form.email.invalid");
        }
        if (!form.phone().strip().matches(PHONE)) {
            errors.rejectValue("phone", "talks.invite.phone.invalid");
        }
        Checks.required(errors, "organisation", form.organisation(), TalkForm.MAX_ORGANISATION);
        if (!taxonomy.isSelectable(TermKind.MUNICIPALITY, form.municipality())) {
            errors.rejectValue("municipality", "talks.invite.municipality.required");
        }
        Checks.required(errors, "place", form.place(), TalkForm.MAX_PLACE);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = form.from();
        if (from == null || from.isBefore(today) || from.isAfter(today.plusYears(FURTHEST_YEARS))) {
            errors.rejectValue("wishedFrom", "talks.invite.from.invalid");
        } else if (!form.wishedTo().isEmpty()
                && (form.to() == null || form.to().isBefore(from) || form.to().isAfter(from.plusYears(1)))) {
            errors.rejectValue("wishedTo", "talks.invite.to.invalid");
        }
        if (form.audience() < 1 || form.audience() > TalkForm.MAX_AUDIENCE) {
            errors.rejectValue("audienceSize", "talks.invite.audience.invalid");
        }
        Checks.required(errors, "topic", form.topic(), TalkForm.MAX_TOPIC);
        if (!TalkForm.LANGUAGES.contains(form.talkLanguage())) {
            errors.rejectValue("talkLanguage", "talks.invite.language.required");
        }
    }

    private String invitePage(Model model, TalkForm form, Errors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, List.of()));
        return "knowledge/talks/invite";
    }

    @GetMapping({TalkRoutes.ACCESSIBILITY_REPORT, TalkRoutes.ACCESSIBILITY_REPORT_ENGLISH})
    String reportForm(@RequestParam(defaultValue = "") String page, Model model) {
        return reportPage(model, ReportForm.about(page.length() > ReportForm.MAX_PAGE ? "" : page), null);
    }

    @PostMapping(TalkRoutes.ACCESSIBILITY_REPORT)
    String report(
            @ModelAttribute("form") ReportForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        Checks.required(errors, "page", form.page(), ReportForm.MAX_PAGE);
        Checks.required(errors, "problem", form.problem(), ReportForm.MAX_PROBLEM);
        if (!form.email().isBlank() && !Emails.plausible(form.email())) {
            errors.rejectValue("email", "talks.form.email.invalid");
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return reportPage(model, form, errors);
        }
        if (limits.refusedFromAddress("accessibility-report", PER_ADDRESS, request, response)) {
            return "web/too-many";
        }
        if (form.homepage().isBlank()) {
            desk.report(form, locale);
        }
        Flash.message(redirect, "talks.report.sent");
        return "redirect:" + WebRoutes.ACCESSIBILITY;
    }

    private String reportPage(Model model, ReportForm form, Errors errors) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        return "knowledge/talks/report";
    }
}
