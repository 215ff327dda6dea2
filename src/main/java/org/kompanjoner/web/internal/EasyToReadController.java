package org.kompanjoner.web.internal;

import java.util.List;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.EasyToRead;
import org.kompanjoner.web.WebRoutes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The easy-to-read pages (lättläst): their index, and each page in the template of the module that
 * contributed it.
 */
@Controller
class EasyToReadController {

    private final List<EasyToRead> pages;

    EasyToReadController(ObjectProvider<EasyToRead> pages) {
        this.pages = pages.orderedStream()
                .sorted(java.util.Comparator.comparingInt(EasyToRead::order))
                .toList();
    }

    @GetMapping(WebRoutes.EASY_TO_READ)
    String index(Model model) {
        model.addAttribute("pages", pages);
        return "web/easy-to-read";
    }

    @GetMapping(WebRoutes.EASY_TO_READ + "/{slug}")
    String page(@PathVariable String slug, Model model) {
        EasyToRead page = pages.stream()
                .filter(candidate -> candidate.slug().equals(slug))
                .findFirst()
                .orElseThrow(Refused::notFound);
        model.addAttribute("easy", page);
        return page.template();
    }
}
