package org.kompanjoner.taxonomy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.Term;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators rename and hide vocabulary entries. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TaxonomyAdminController {

    static final int MAX_NAME = 200;

    private final Taxonomy taxonomy;

    TaxonomyAdminController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping(TaxonomyRoutes.ADMIN)
    String list(@RequestParam(defaultValue = "CHALLENGE") String kind, Model model) {
        TermKind selected = kindOf(kind);
        model.addAttribute("kinds", Arrays.asList(TermKind.values()));
        model.addAttribute("kind", selected);
        model.addAttribute("terms", taxonomy.all(selected));
        return "taxonomy/admin";
    }

    @GetMapping(TaxonomyRoutes.ADMIN + "/{kind}/{code}")
    String edit(@PathVariable String kind, @PathVariable String code, Model model) {
        model.addAttribute("term", find(kind, code));
        model.addAttribute("errorKey", null);
        return "taxonomy/edit";
    }

    @PostMapping(TaxonomyRoutes.ADMIN + "/{kind}/{code}")
    String save(
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam(defaultValue = "") String nameSv,
            @RequestParam(defaultValue = "") String nameEn,
            @RequestParam(defaultValue = "false") boolean hidden,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        Term term = find(kind, code);
        if (nameSv.isBlank() || nameEn.isBlank() || nameSv.length() > MAX_NAME || nameEn.length() > MAX_NAME) {
            response.setStatus(400);
            model.addAttribute(
                    "term",
                    new Term(term.kind(), term.code(), term.parentCode(), nameSv, nameEn, term.position(), hidden));
            model.addAttribute("errorKey", "taxonomy.admin.name.invalid");
            return "taxonomy/edit";
        }
        taxonomy.rename(term.kind(), code, nameSv, nameEn);
        taxonomy.setHidden(term.kind(), code, hidden);
        Flash.message(redirect, "taxonomy.admin.saved", "en".equals(locale.getLanguage()) ? nameEn : nameSv);
        return "redirect:" + TaxonomyRoutes.ADMIN + "?kind=" + term.kind().name();
    }

    private Term find(String kind, String code) {
        return taxonomy.find(kindOf(kind), code).orElseThrow(() -> Refused.notFound());
    }

    private static TermKind kindOf(String kind) {
        try {
            return TermKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw Refused.notFound();
        }
    }
}
