package org.kompanjoner.web.internal;

import java.time.LocalDate;
import org.kompanjoner.web.Layouts;
import org.kompanjoner.web.Translations;
import org.kompanjoner.web.WebRoutes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages of the frame itself: the front page, the accessibility statement, the privacy notice and the
 * languages with how complete each is.
 */
@Controller
class PagesController {

    // The accessibility statement: when it was last assessed and changed, and how many known problems
    // it lists (web.accessibility.problems.1 to .n). Change them together with the statement's text.
    static final LocalDate STATEMENT_ASSESSED = LocalDate.of(2026, 11, 30);
    static final LocalDate STATEMENT_UPDATED = LocalDate.of(2026, 11, 30);
    static final int KNOWN_PROBLEMS = 6;

    private final Layouts layouts;
    private final String contact;
    private final Translations translations;

    PagesController(
            Layouts layouts, @Value("${kompanjoner.contact.email:}") String contact, Translations translations) {
        this.layouts = layouts;
        this.contact = contact.strip();
        this.translations = translations;
    }

    @GetMapping(WebRoutes.HOME)
    String home() {
        return "web/home";
    }

    @GetMapping(WebRoutes.ACCESSIBILITY)
    String accessibility(Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("assessed", STATEMENT_ASSESSED);
        model.addAttribute("updated", STATEMENT_UPDATED);
        model.addAttribute("knownProblems", KNOWN_PROBLEMS);
        return "web/accessibility";
    }

    @GetMapping(WebRoutes.PRIVACY)
    String privacy() {
        return "web/privacy";
    }

    @GetMapping({WebRoutes.LANGUAGES, WebRoutes.LANGUAGES_ENGLISH})
    String languages(Model model) {
        model.addAttribute("languages", translations.languages());
        return "web/languages";
    }

    /** Browsers and feed readers ask for /favicon.ico whatever the page names; the icon is an SVG. */
    @GetMapping("/favicon.ico")
    String legacyIcon() {
        return "redirect:" + layouts.asset(WebRoutes.ICON);
    }
}
