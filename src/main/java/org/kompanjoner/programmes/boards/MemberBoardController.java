package org.kompanjoner.programmes.boards;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.Requests;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's side (under "my account", so signed in): applying with a case, their cases and those they
 * sit on as an adviser, a case's page, consent to a story, and volunteering as an adviser. A case is
 * seen only by its entrepreneur, its panel and staff; to anyone else it does not exist (404).
 */
@Controller
class MemberBoardController {

    /** Cases from one member: more than anyone brings, too few for a flood. */
    static final RateLimiter.Limit PER_PERSON = new RateLimiter.Limit(10, Duration.ofDays(1));

    private final BoardDesk desk;
    private final BoardCases cases;
    private final Advisers advisers;
    private final BoardViews views;
    private final Choices choices;
    private final Taxonomy taxonomy;
    private final RateLimiter limits;

    MemberBoardController(
            BoardDesk desk,
            BoardCases cases,
            Advisers advisers,
            BoardViews views,
            Choices choices,
            Taxonomy taxonomy,
            RateLimiter limits) {
        this.desk = desk;
        this.cases = cases;
        this.advisers = advisers;
        this.views = views;
        this.choices = choices;
        this.taxonomy = taxonomy;
        this.limits = limits;
    }

    @GetMapping(BoardRoutes.MINE)
    String mine(Authentication viewer, Model model) {
        long me = signedIn(viewer);
        model.addAttribute("cases", cases.ofEntrepreneur(me));
        model.addAttribute("panelCases", cases.onPanel(me));
        model.addAttribute("adviser", advisers.isActive(me));
        return "programmes/boards/mine";
    }

    @GetMapping(BoardRoutes.APPLY)
    String applyForm(Authentication viewer, Model model) {
        signedIn(viewer);
        return applyPage(model, CaseForm.EMPTY, null);
    }

    @PostMapping(BoardRoutes.APPLY)
    String apply(
            @ModelAttribute("form") CaseForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String homepage,
            Authentication viewer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long me = signedIn(viewer);
        BoardFields.required(errors, "organisation", form.organisation(), CaseForm.MAX_ORGANISATION);
        BoardFields.required(errors, "challenge", form.challenge(), CaseForm.MAX_CHALLENGE);
        BoardFields.required(errors, "question", form.question(), CaseForm.MAX_QUESTION);
        BoardFields.required(errors, "tried", form.tried(), CaseForm.MAX_TRIED);
        BoardFields.required(errors, "help", form.help(), CaseForm.MAX_HELP);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return applyPage(model, form, errors);
        }
        long wait = limits.secondsRefused("board-case", Long.toString(me), PER_PERSON);
        if (wait > 0) {
            Requests.tooMany(response, wait);
            return "web/too-many";
        }
        // A robot that filled the hidden field is answered like anyone, and nothing is stored.
        if (!homepage.isBlank()) {
            Flash.message(redirect, "boards.apply.sent");
            return "redirect:" + BoardRoutes.MINE;
        }
        long id = desk.apply(me, form);
        Flash.message(redirect, "boards.apply.sent");
        return "redirect:" + BoardRoutes.myCase(id);
    }

    private String applyPage(Model model, CaseForm form, Errors errors) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        return "programmes/boards/apply";
    }

    @GetMapping(BoardRoutes.MINE + "/arenden/{id}")
    String show(@PathVariable long id, Authentication viewer, Locale locale, Model model) {
        long me = signedIn(viewer);
        BoardCase boardCase = visible(id, viewer);
        model.addAttribute("view", views.caseView(boardCase, locale));
        model.addAttribute("entrepreneur", boardCase.entrepreneurId() == me);
        model.addAttribute("staff", staff(viewer));
        return "programmes/boards/case";
    }

    @PostMapping(BoardRoutes.MINE + "/arenden/{id}/samtycke")
    String consent(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String consent,
            Authentication viewer,
            RedirectAttributes redirect) {
        long me = signedIn(viewer);
        visible(id, viewer);
        boolean given = consent.equals("true");
        desk.consent(id, me, given);
        Flash.message(redirect, given ? "boards.consent.given" : "boards.consent.withdrawn");
        return "redirect:" + BoardRoutes.myCase(id);
    }

    /** The case, when the viewer may see it; to anyone else it does not exist. */
    private BoardCase visible(long id, Authentication viewer) {
        BoardCase boardCase = cases.byId(id).orElseThrow(Refused::notFound);
        if (!desk.maySee(boardCase, signedIn(viewer), staff(viewer))) {
            throw Refused.notFound();
        }
        return boardCase;
    }

    @GetMapping(BoardRoutes.ADVISER)
    String adviserForm(Authentication viewer, Locale locale, Model model) {
        long me = signedIn(viewer);
        AdviserForm form = advisers.profile(me).orElse(new AdviserForm(null, ""));
        return adviserPage(model, form, null, advisers.isActive(me), locale);
    }

    @PostMapping(BoardRoutes.ADVISER)
    String volunteer(
            @ModelAttribute("form") AdviserForm form,
            BindingResult errors,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long me = signedIn(viewer);
        if (form.sectors().isEmpty()
                || !form.sectors().stream().allMatch(code -> taxonomy.isSelectable(TermKind.SECTOR, code))) {
            errors.rejectValue("sectors", "boards.adviser.sectors.required");
        }
        BoardFields.required(errors, "about", form.about(), AdviserForm.MAX_ABOUT);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return adviserPage(model, form, errors, advisers.isActive(me), locale);
        }
        advisers.volunteer(me, form);
        Flash.message(redirect, "boards.adviser.saved");
        return "redirect:" + BoardRoutes.ADVISER;
    }

    @PostMapping(BoardRoutes.STOP_ADVISING)
    String stop(Authentication viewer, RedirectAttributes redirect) {
        long me = signedIn(viewer);
        if (!advisers.stop(me)) {
            throw Refused.notNow("boards.adviser.not-volunteering");
        }
        Flash.message(redirect, "boards.adviser.stopped");
        return "redirect:" + BoardRoutes.ADVISER;
    }

    private String adviserPage(Model model, AdviserForm form, Errors errors, boolean active, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("active", active);
        model.addAttribute("sectors", choices.of(TermKind.SECTOR, locale));
        return "programmes/boards/adviser";
    }

    static long signedIn(Authentication viewer) {
        SignedInPerson person = SignedInPerson.of(viewer);
        if (person == null) {
            throw Refused.notYours("Not signed in");
        }
        return person.personId();
    }

    static boolean staff(Authentication viewer) {
        return viewer != null
                && viewer.getAuthorities().stream()
                        .anyMatch(role -> role.getAuthority().equals("ROLE_COORDINATOR")
                                || role.getAuthority().equals("ROLE_ADMIN"));
    }
}
