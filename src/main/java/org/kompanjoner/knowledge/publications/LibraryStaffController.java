package org.kompanjoner.knowledge.publications;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import org.kompanjoner.knowledge.PublicationRoutes;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.WebLinks;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' side of the library (under {@code /admin}, so coordinators and administrators
 * only): every publication, and adding, editing and removing one. A report's file is checked by its
 * content before anything is stored; a refused file leaves the library as it was.
 */
@Controller
class LibraryStaffController {

    private final Publications publications;
    private final Library library;
    private final Choices choices;
    private final Taxonomy taxonomy;
    private final Clock clock;

    LibraryStaffController(
            Publications publications, Library library, Choices choices, Taxonomy taxonomy, Clock clock) {
        this.publications = publications;
        this.library = library;
        this.choices = choices;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @GetMapping(PublicationRoutes.STAFF)
    String staff(Model model) {
        model.addAttribute("publications", publications.newest(500));
        return "knowledge/publications/staff";
    }

    @GetMapping(PublicationRoutes.NEW)
    String newForm(Locale locale, Model model) {
        return form(model, null, PublicationForm.empty(), null, locale);
    }

    @PostMapping(PublicationRoutes.NEW)
    String add(
            @ModelAttribute("form") PublicationForm form,
            BindingResult binding,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Errors errors = checked(form, file, null);
        if (errors.hasErrors()) {
            return refused(model, null, form, errors, locale, response);
        }
        long id;
        try {
            id = library.add(form.content(), upload(file));
        } catch (Refused refused) {
            errors.rejectValue("file", refused.messageKey(), refused.arguments(), null);
            return refused(model, null, form, errors, locale, response);
        }
        Flash.message(redirect, "publications.added");
        return "redirect:" + PublicationRoutes.publication(id);
    }

    @GetMapping(PublicationRoutes.STAFF + "/{id}/redigera")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        Publication publication = library.find(id);
        return form(model, publication, PublicationForm.of(publication), null, locale);
    }

    @PostMapping(PublicationRoutes.STAFF + "/{id}/redigera")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") PublicationForm form,
            BindingResult binding,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Publication publication = library.find(id);
        Errors errors = checked(form, file, publication);
        if (errors.hasErrors()) {
            return refused(model, publication, form, errors, locale, response);
        }
        try {
            library.edit(id, form.content(), upload(file));
        } catch (Refused refused) {
            errors.rejectValue("file", refused.messageKey(), refused.arguments(), null);
            return refused(model, publication, form, errors, locale, response);
        }
        Flash.message(redirect, "publications.saved");
        return "redirect:" + PublicationRoutes.publication(id);
    }

    @PostMapping(PublicationRoutes.STAFF + "/{id}/ta-bort")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        library.remove(id);
        Flash.message(redirect, "publications.removed");
        return "redirect:" + PublicationRoutes.STAFF;
    }

    /**
     * The form's problems by field, the file among them: the file is no property of the form, so they
     * are gathered apart from what binding found (a form of text fields binds without problems).
     */
    private Errors checked(PublicationForm form, MultipartFile file, Publication existing) {
        Errors errors = new MapBindingResult(new HashMap<>(), "form");
        if (Arrays.stream(PublicationKind.values())
                .noneMatch(kind -> kind.name().equals(form.kind()))) {
            errors.rejectValue("kind", "publications.form.kind.required");
        }
        required(errors, "title", form.title(), PublicationForm.MAX_TITLE);
        if (form.authorLines().isEmpty()) {
            errors.rejectValue("authors", "publications.form.authors.required");
        } else if (form.authorLines().size() > PublicationForm.MAX_AUTHORS
                || form.authorLines().stream().anyMatch(line -> line.length() > PublicationForm.MAX_AUTHOR)) {
            errors.rejectValue(
                    "authors",
                    "publications.form.authors.too-many",
                    new Object[] {PublicationForm.MAX_AUTHORS, PublicationForm.MAX_AUTHOR},
                    null);
        }
        int latest = LocalDate.now(clock).getYear() + 1;
        if (!form.year().matches("\\d{4}")
                || Integer.parseInt(form.year()) < 1900
                || Integer.parseInt(form.year()) > latest) {
            errors.rejectValue("year", "publications.form.year.invalid", new Object[] {latest}, null);
        }
        if (!PublicationForm.LANGUAGES.contains(form.language())) {
            errors.rejectValue("language", "publications.form.language.required");
        }
        if (form.publisher().strip().length() > PublicationForm.MAX_PUBLISHER) {
            errors.rejectValue(
                    "publisher", "publications.form.too-long", new Object[] {PublicationForm.MAX_PUBLISHER}, null);
        }
        if (form.challenges().size() > PublicationForm.MAX_CHALLENGES
                || form.challenges().stream()
                        .anyMatch(code -> !taxonomy.isSelectable(TermKind.CHALLENGE, code)
                                && (existing == null || !existing.challenges().contains(code)))) {
            errors.rejectValue(
                    "challenges",
                    "publications.form.challenges.invalid",
                    new Object[] {PublicationForm.MAX_CHALLENGES},
                    null);
        }
        required(errors, "summary", form.summary(), PublicationForm.MAX_SUMMARY);
        boolean uploaded = file != null && !file.isEmpty();
        boolean kept = uploaded || (existing != null && existing.kept());
        if (!form.link().isEmpty() && !WebLinks.opensInBrowser(form.link(), PublicationForm.MAX_LINK)) {
            errors.rejectValue("link", "publications.form.link.invalid");
        } else if (kept && !form.link().isEmpty()) {
            errors.rejectValue("link", "publications.form.link.with-file");
        } else if (!kept && form.link().isEmpty()) {
            errors.rejectValue("file", "publications.form.file.or-link");
        }
        if (uploaded && file.getSize() > Library.MAX_BYTES) {
            // Refused before the file is read into memory.
            errors.rejectValue(
                    "file", "publications.file.too-large", new Object[] {Library.MAX_BYTES / (1024 * 1024)}, null);
        }
        return errors;
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value.isBlank()) {
            errors.rejectValue(field, "publications.form.required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "publications.form.too-long", new Object[] {max}, null);
        }
    }

    private static Library.Upload upload(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new Library.Upload(file.getOriginalFilename(), file.getBytes());
    }

    private String refused(
            Model model,
            Publication publication,
            PublicationForm form,
            Errors errors,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(400);
        return form(model, publication, form, errors, locale);
    }

    private String form(Model model, Publication publication, PublicationForm form, Errors errors, Locale locale) {
        model.addAttribute("publication", publication);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("challenges", choices.challenges(locale, form.challenges()));
        return "knowledge/publications/form";
    }
}
