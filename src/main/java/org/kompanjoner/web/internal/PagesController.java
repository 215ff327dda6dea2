package org.kompanjoner.web.internal;

import org.kompanjoner.web.Layouts;
import org.kompanjoner.web.WebRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of the frame itself: the front page, the accessibility statement and the privacy notice. */
@Controller
class PagesController {

    private final Layouts layouts;

    PagesController(Layouts layouts) {
        this.layouts = layouts;
    }

    @GetMapping(WebRoutes.HOME)
    String home() {
        return "web/home";
    }

    @GetMapping(WebRoutes.ACCESSIBILITY)
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping(WebRoutes.PRIVACY)
    String privacy() {
        return "web/privacy";
    }

    /** Browsers and feed readers ask for /favicon.ico whatever the page names; the icon is an SVG. */
    @GetMapping("/favicon.ico")
    String legacyIcon() {
        return "redirect:" + layouts.asset(WebRoutes.ICON);
    }
}
