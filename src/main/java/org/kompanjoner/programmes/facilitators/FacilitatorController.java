package org.kompanjoner.programmes.facilitators;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A facilitator's own pages (under "my account", so signed in): their profile in the directory, and the
 * requests assigned to them, which they accept or give back. Only the facilitator a request is assigned
 * to may answer it.
 */
@Controller
class FacilitatorController {

    private final Facilitators facilitators;
    private final Requests requests;
    private final RequestDesk desk;
    private final Choices choices;
    private final Taxonomy taxonomy;

    FacilitatorController(
            Facilitators facilitators, Requests requests, RequestDesk desk, Choices choices, Taxonomy taxonomy) {
        this.facilitators = facilitators;
        this.requests = requests;
        this.desk = desk;
        this.choices = choices;
        this.taxonomy = taxonomy;
    }

    @GetMapping(FacilitatorRoutes.PROFILE)
    String profile(Authentication viewer, Locale locale, Model model) {
        long me = facilitator(viewer);
        return form(model, ProfileForm.of(facilitators.profile(me).orElse(FacilitatorProfile.EMPTY)), null, locale);
    }

    @PostMapping(FacilitatorRoutes.PROFILE)
    @Transactional
    String saveProfile(
            @ModelAttribute("form") ProfileForm form,
            BindingResult errors,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long me = facilitator(viewer);
        check(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return form(model, form, errors, locale);
        }
        facilitators.saveProfile(me, form.profile());
        Flash.message(redirect, "facilitators.profile.saved");
        return "redirect:" + FacilitatorRoutes.PROFILE;
    }

    private void check(ProfileForm form, Errors errors) {
        if (form.areas().isEmpty()
                || form.areas().stream()
                        .anyMatch(
                                code -> taxonomy.find(TermKind.CHALLENGE, code).isEmpty())) {
            errors.rejectValue("areas", "facilitators.profile.areas.required");
        }
        Fields.optional(errors, "methods", form.methods(), FacilitatorProfile.MAX_METHODS);
        if (form.languages().isEmpty() || !form.languages().stream().allMatch(SpokenLanguages::known)) {
            errors.rejectValue("languages", "facilitators.profile.languages.required");
        }
        if (form.municipalities().isEmpty()
                || form.municipalities().size() > FacilitatorProfile.MAX_MUNICIPALITIES
                || form.municipalities().stream()
                        .anyMatch(code ->
                                taxonomy.find(TermKind.MUNICIPALITY, code).isEmpty())) {
            errors.rejectValue("municipalities", "facilitators.profile.municipalities.required");
        }
        Fields.optional(errors, "availability", form.availability(), FacilitatorProfile.MAX_AVAILABILITY);
        Fields.optional(errors, "about", form.about(), FacilitatorProfile.MAX_ABOUT);
    }

    private String form(Model model, ProfileForm form, Errors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("challenges", choices.challenges(locale, form.areas()));
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, form.municipalities()));
        return "programmes/facilitators/profile";
    }

    @GetMapping(FacilitatorRoutes.ASSIGNMENTS)
    String assignments(Authentication viewer, Locale locale, Model model) {
        long me = signedIn(viewer);
        model.addAttribute("requests", requests.assignedTo(me));
        model.addAttribute("facilitator", facilitators.isActive(me));
        model.addAttribute("place", (java.util.function.Function<String, String>) code -> choices.place(code, locale));
        return "programmes/facilitators/assignments";
    }

    @PostMapping(FacilitatorRoutes.ASSIGNMENTS + "/{id}/tacka-ja")
    String accept(@PathVariable long id, Authentication viewer, RedirectAttributes redirect) {
        desk.accept(id, signedIn(viewer));
        Flash.message(redirect, "facilitators.assignments.accepted");
        return "redirect:" + FacilitatorRoutes.ASSIGNMENTS;
    }

    @PostMapping(FacilitatorRoutes.ASSIGNMENTS + "/{id}/tacka-nej")
    String decline(@PathVariable long id, Authentication viewer, RedirectAttributes redirect) {
        desk.decline(id, signedIn(viewer));
        Flash.message(redirect, "facilitators.assignments.declined");
        return "redirect:" + FacilitatorRoutes.ASSIGNMENTS;
    }

    private static long signedIn(Authentication viewer) {
        SignedInPerson person = SignedInPerson.of(viewer);
        if (person == null) {
            throw Refused.notYours("Not signed in");
        }
        return person.personId();
    }

    /** The signed-in person, when they are a listed facilitator; anyone else gets 403. */
    private long facilitator(Authentication viewer) {
        long me = signedIn(viewer);
        if (!facilitators.isActive(me)) {
            throw Refused.notYours("Not a facilitator: " + me);
        }
        return me;
    }
}
