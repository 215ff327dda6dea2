package org.kompanjoner.initiatives.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.internal.Corrections;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.JdbcInitiatives;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Text;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.Layouts;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * “Suggest a correction”: anyone, signed in or not, may tell the people who keep a published entry what
 * is wrong in it (see {@link Corrections} for why this is not the review queue). A public form, so it
 * carries a honeypot field and is rate limited per address.
 */
@Controller
class CorrectionController {

    static final RateLimiter.Limit PER_ADDRESS = new RateLimiter.Limit(10, Duration.ofHours(1));

    private final JdbcInitiatives initiatives;
    private final Corrections corrections;
    private final RateLimiter limits;
    private final Layouts layouts;

    CorrectionController(JdbcInitiatives initiatives, Corrections corrections, RateLimiter limits, Layouts layouts) {
        this.initiatives = initiatives;
        this.corrections = corrections;
        this.limits = limits;
        this.layouts = layouts;
    }

    @GetMapping(InitiativeRoutes.INITIATIVES + "/{id}/rattelse")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("initiative", published(id));
        model.addAttribute("text", "");
        return "initiatives/correction";
    }

    @PostMapping(InitiativeRoutes.INITIATIVES + "/{id}/rattelse")
    String suggest(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String homepage,
            @AuthenticationPrincipal SignedInPerson person,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Initiative initiative = published(id);
        String problem = text.isBlank()
                ? "initiatives.correction.text.required"
                : text.length() > Corrections.MAX_TEXT ? "initiatives.correction.text.too-long" : null;
        if (problem != null) {
            response.setStatus(400);
            model.addAttribute("initiative", initiative);
            model.addAttribute("text", text);
            model.addAttribute("formErrors", FormErrors.rejected("text", text, problem));
            return "initiatives/correction";
        }
        if (limits.refusedFromAddress("initiative-correction", PER_ADDRESS, request, response)) {
            return "web/too-many";
        }
        // A robot that filled the hidden field is thanked like anyone, and nothing is stored.
        if (homepage.isBlank()) {
            corrections.suggest(id, Text.clean(text.strip()), person == null ? null : person.personId());
        }
        Flash.message(redirect, "initiatives.correction.thanks");
        return "redirect:" + InitiativeRoutes.initiative(id);
    }

    /** An owner of the entry, or a coordinator, marks a correction as dealt with. */
    @PostMapping(InitiativeRoutes.INITIATIVES + "/{id}/rattelser/klar")
    @PreAuthorize("isAuthenticated()")
    String done(
            @PathVariable long id,
            @RequestParam long correction,
            @AuthenticationPrincipal SignedInPerson person,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (initiatives.byId(id).isEmpty()) {
            throw Refused.notFound();
        }
        corrections.resolve(
                id, correction, person.personId(), layouts.of(request).coordinator());
        Flash.message(redirect, "initiatives.correction.done");
        return "redirect:" + InitiativeRoutes.initiative(id);
    }

    private Initiative published(long id) {
        return initiatives.byId(id).filter(Initiative::published).orElseThrow(Refused::notFound);
    }
}
