package org.kompanjoner.programmes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.programmes.ApplicationStatus;
import org.kompanjoner.programmes.ProgrammeRoutes;
import org.kompanjoner.programmes.internal.Application;
import org.kompanjoner.programmes.internal.Certificate;
import org.kompanjoner.programmes.internal.CertificatePdf;
import org.kompanjoner.programmes.internal.Intake;
import org.kompanjoner.programmes.internal.JdbcProgrammes;
import org.kompanjoner.programmes.internal.Programme;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Markdown;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Programmes as members and visitors meet them: the list, a programme's page, the application, one's
 * own programmes with attendance and certificate, and the page where anyone checks a certificate's code.
 */
@Controller
class ProgrammesController {

    private final JdbcProgrammes programmes;
    private final Intake intake;
    private final CertificatePdf pdf;
    private final ProgrammeViews views;
    private final Markdown markdown;
    private final Choices choices;
    private final Taxonomy taxonomy;
    private final Clock clock;

    ProgrammesController(
            JdbcProgrammes programmes,
            Intake intake,
            CertificatePdf pdf,
            ProgrammeViews views,
            Markdown markdown,
            Choices choices,
            Taxonomy taxonomy,
            Clock clock) {
        this.programmes = programmes;
        this.intake = intake;
        this.pdf = pdf;
        this.views = views;
        this.markdown = markdown;
        this.choices = choices;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @GetMapping({ProgrammeRoutes.LIST, ProgrammeRoutes.LIST_ENGLISH})
    String list(Model model) {
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("now", clock.instant());
        return "programmes/list";
    }

    @GetMapping(ProgrammeRoutes.LIST + "/{id}")
    String show(@PathVariable long id, Authentication viewer, Locale locale, Model model) {
        Programme programme = programmes.byId(id).orElseThrow(Refused::notFound);
        SignedInPerson person = SignedInPerson.of(viewer);
        model.addAttribute("programme", programme);
        model.addAttribute("description", markdown.content(programme.plan().description()));
        model.addAttribute("sessions", views.sessions(id, null));
        model.addAttribute("intakeOpen", programme.plan().intakeOpen(clock.instant()));
        model.addAttribute(
                "application",
                person == null
                        ? null
                        : programmes.applicationOf(id, person.personId()).orElse(null));
        model.addAttribute(
                "challenges",
                programme.plan().challenges().stream()
                        .map(code -> code + ". " + taxonomy.label(TermKind.CHALLENGE, code, locale))
                        .toList());
        return "programmes/programme";
    }

    @GetMapping(ProgrammeRoutes.LIST + "/{id}/ansok")
    @PreAuthorize("isAuthenticated()")
    String applyForm(@PathVariable long id, Locale locale, Model model) {
        return form(model, open(id), new ApplicationForm("", "", "", ""), null, locale);
    }

    @PostMapping(ProgrammeRoutes.LIST + "/{id}/ansok")
    @PreAuthorize("isAuthenticated()")
    String apply(
            @PathVariable long id,
            @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInPerson person,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = programmes.byId(id).orElseThrow(Refused::notFound);
        if (!programme.plan().intakeOpen(clock.instant())) {
            // Said on the form, with what was typed, so that nothing written is lost.
            errors.reject("programmes.intake.closed");
            response.setStatus(409);
            return form(model, programme, form, errors, locale);
        }
        String motivation = form.motivation().strip();
        if (motivation.isEmpty()) {
            errors.rejectValue("motivation", "programmes.apply.motivation.required");
        } else if (motivation.length() > Intake.MAX_MOTIVATION) {
            errors.rejectValue("motivation", "programmes.form.too-long", new Object[] {Intake.MAX_MOTIVATION}, null);
        }
        if (form.organisation().strip().length() > Intake.MAX_ORGANISATION) {
            errors.rejectValue(
                    "organisation", "programmes.form.too-long", new Object[] {Intake.MAX_ORGANISATION}, null);
        }
        String municipality = form.municipality().strip();
        if (!municipality.isEmpty() && !taxonomy.isSelectable(TermKind.MUNICIPALITY, municipality)) {
            errors.rejectValue("municipality", "programmes.apply.municipality.unknown");
        }
        String languages = form.languages().strip();
        if (languages.isEmpty()) {
            errors.rejectValue("languages", "programmes.apply.languages.required");
        } else if (languages.length() > Intake.MAX_LANGUAGES) {
            errors.rejectValue("languages", "programmes.form.too-long", new Object[] {Intake.MAX_LANGUAGES}, null);
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return form(model, programme, form, errors, locale);
        }
        try {
            intake.apply(
                    id,
                    person.personId(),
                    motivation,
                    form.organisation().strip(),
                    municipality.isEmpty() ? null : municipality,
                    languages);
        } catch (Refused refused) {
            errors.reject(refused.explained().messageKey());
            response.setStatus(409);
            return form(model, programme, form, errors, locale);
        }
        Flash.message(redirect, "programmes.apply.done");
        return "redirect:" + ProgrammeRoutes.MINE;
    }

    private String form(Model model, Programme programme, ApplicationForm form, BindingResult errors, Locale locale) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, List.of(form.municipality())));
        return "programmes/apply";
    }

    /** The programme, while it takes applications; after its intake closed, a page that says so (409). */
    private Programme open(long id) {
        Programme programme = programmes.byId(id).orElseThrow(Refused::notFound);
        if (!programme.plan().intakeOpen(clock.instant())) {
            throw Refused.notNow("programmes.intake.closed");
        }
        return programme;
    }

    @GetMapping(ProgrammeRoutes.MINE)
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute(
                "mine",
                programmes.applicationsOf(person.personId()).stream()
                        .map(application -> mine(application, person.personId()))
                        .toList());
        return "programmes/mine";
    }

    private MyProgramme mine(Application application, long personId) {
        Programme programme = programmes.byId(application.programmeId()).orElseThrow();
        return new MyProgramme(
                programme,
                application,
                application.status() == ApplicationStatus.ACCEPTED
                        ? views.sessions(programme.id(), personId)
                        : List.of(),
                programmes.certificateOf(programme.id(), personId).orElse(null));
    }

    /** One's own certificate, while it is valid; nobody else's. */
    @GetMapping(ProgrammeRoutes.LIST + "/{id}/intyg.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> certificate(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale) {
        Programme programme = programmes.byId(id).orElseThrow(Refused::notFound);
        Certificate certificate = programmes
                .certificateOf(id, person.personId())
                .filter(Certificate::valid)
                .orElseThrow(Refused::notFound);
        List<SessionRow> sessions = views.sessions(id, null);
        Instant first = sessions.isEmpty() ? null : sessions.get(0).event().startsAt();
        Instant last = sessions.isEmpty()
                ? null
                : sessions.get(sessions.size() - 1).event().endsAt();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("intyg-" + certificate.code() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.write(certificate, programme, first, last, locale));
    }

    /** Anyone checks a code: typed into the form, or followed from the certificate. */
    @GetMapping(ProgrammeRoutes.VERIFY)
    String verifyForm(@RequestParam(name = "kod", required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:" + ProgrammeRoutes.verify(normalised(code));
        }
        return "programmes/verify";
    }

    @GetMapping(ProgrammeRoutes.VERIFY + "/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        String typed = normalised(code);
        Certificate certificate = typed.matches("[A-Z0-9]{5}-[A-Z0-9]{5}")
                ? programmes.certificateByCode(typed).orElse(null)
                : null;
        model.addAttribute("code", typed);
        model.addAttribute("certificate", certificate);
        model.addAttribute(
                "programme",
                certificate == null
                        ? null
                        : programmes.byId(certificate.programmeId()).orElse(null));
        if (certificate == null) {
            response.setStatus(404);
        }
        return "programmes/verify";
    }

    /** A code as people type it: any case, with or without the hyphen, spaces around. */
    static String normalised(String code) {
        String letters = code.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (letters.length() > 20) {
            letters = letters.substring(0, 20);
        }
        return letters.length() == 10 ? letters.substring(0, 5) + "-" + letters.substring(5) : letters;
    }
}
