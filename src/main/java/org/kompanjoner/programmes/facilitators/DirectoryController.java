package org.kompanjoner.programmes.facilitators;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.RateLimiter;
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
 * The public side: the facilitator directory with its facets (a plain GET form, so it works without
 * JavaScript) and "request a facilitator", open to anyone, signed in or not.
 */
@Controller
class DirectoryController {

    /** Requests from one address: enough for an office behind one address, too few for a flood. */
    static final RateLimiter.Limit PER_ADDRESS = new RateLimiter.Limit(20, Duration.ofHours(1));

    private final Facilitators facilitators;
    private final FacilitatorViews views;
    private final RequestDesk desk;
    private final Choices choices;
    private final Taxonomy taxonomy;
    private final RateLimiter limits;

    DirectoryController(
            Facilitators facilitators,
            FacilitatorViews views,
            RequestDesk desk,
            Choices choices,
            Taxonomy taxonomy,
            RateLimiter limits) {
        this.facilitators = facilitators;
        this.views = views;
        this.desk = desk;
        this.choices = choices;
        this.taxonomy = taxonomy;
        this.limits = limits;
    }

    @GetMapping({FacilitatorRoutes.DIRECTORY, FacilitatorRoutes.DIRECTORY_ENGLISH})
    String directory(
            @RequestParam(defaultValue = "") String challenge,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "1") String page,
            Locale locale,
            Model model) {
        // Unknown values are dropped rather than refused, so that an old or mistyped link still shows a list.
        DirectoryFilters filters = new DirectoryFilters(
                taxonomy.find(TermKind.CHALLENGE, challenge).isPresent() ? challenge : "",
                SpokenLanguages.known(language) ? language : "",
                taxonomy.find(TermKind.MUNICIPALITY, municipality).isPresent() ? municipality : "",
                page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1);
        long total = facilitators.count(filters);
        model.addAttribute("filters", filters);
        model.addAttribute("total", total);
        model.addAttribute(
                "pages", (int) Math.max(1, (total + DirectoryFilters.PER_PAGE - 1) / DirectoryFilters.PER_PAGE));
        model.addAttribute(
                "cards",
                views.cards(facilitators.directory(filters, filters.offset(), DirectoryFilters.PER_PAGE), locale));
        model.addAttribute("challenges", choices.forFilter(TermKind.CHALLENGE, locale));
        model.addAttribute("municipalities", choices.municipalitiesForFilter(locale));
        return "programmes/facilitators/directory";
    }

    @GetMapping(FacilitatorRoutes.REQUEST)
    String requestForm(@RequestParam(defaultValue = "") String facilitator, Locale locale, Model model) {
        return form(model, RequestForm.wishing(facilitator), null, locale);
    }

    @PostMapping(FacilitatorRoutes.REQUEST)
    String request(
            @ModelAttribute("form") RequestForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        check(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return form(model, form, errors, locale);
        }
        if (limits.refusedFromAddress("facilitator-request", PER_ADDRESS, request, response)) {
            return "web/too-many";
        }
        // A robot that filled the hidden field is answered like anyone, and nothing is stored.
        if (form.homepage().isBlank()) {
            desk.submit(form, locale);
        }
        Flash.message(redirect, "facilitators.request.sent", Emails.normalise(form.email()));
        return "redirect:" + FacilitatorRoutes.DIRECTORY;
    }

    private void check(RequestForm form, Errors errors) {
        Fields.required(errors, "name", form.name(), RequestForm.MAX_NAME);
        if (!Emails.plausible(form.email())) {
            errors.rejectValue("email", "facilitators.request.email.invalid");
        }
        Fields.optional(errors, "organisation", form.organisation(), RequestForm.MAX_ORGANISATION);
        Fields.required(errors, "what", form.what(), RequestForm.MAX_WHAT);
        if (!taxonomy.isSelectable(TermKind.MUNICIPALITY, form.municipality())) {
            errors.rejectValue("municipality", "facilitators.request.municipality.required");
        }
        Fields.required(errors, "timing", form.timing(), RequestForm.MAX_TIMING);
        Fields.required(errors, "audience", form.audience(), RequestForm.MAX_AUDIENCE);
        if (!form.facilitator().isEmpty()
                && (form.wishedFacilitator() == null || !facilitators.isActive(form.wishedFacilitator()))) {
            errors.rejectValue("facilitator", "facilitators.request.facilitator.unknown");
        }
    }

    private String form(Model model, RequestForm form, Errors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, java.util.List.of()));
        model.addAttribute("facilitators", views.choices());
        return "programmes/facilitators/request";
    }
}
