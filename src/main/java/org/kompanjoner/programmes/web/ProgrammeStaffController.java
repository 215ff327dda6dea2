package org.kompanjoner.programmes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.programmes.ApplicationStatus;
import org.kompanjoner.programmes.ProgrammeRoutes;
import org.kompanjoner.programmes.internal.Completion;
import org.kompanjoner.programmes.internal.Intake;
import org.kompanjoner.programmes.internal.JdbcProgrammes;
import org.kompanjoner.programmes.internal.Programme;
import org.kompanjoner.programmes.internal.ProgrammePlan;
import org.kompanjoner.programmes.internal.ProgrammePlanning;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The coordinators' pages: every programme, a new one, and each programme's page where its sessions are
 * chosen among the events its coordinator organises, applications are decided, and attendance and
 * certificates are followed. A programme is run by the coordinator who created it and administrators.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ProgrammeStaffController {

    private final JdbcProgrammes programmes;
    private final ProgrammePlanning planning;
    private final Intake intake;
    private final Completion completion;
    private final ProgrammeViews views;
    private final Sessions sessions;
    private final People people;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final Settings settings;
    private final Clock clock;

    ProgrammeStaffController(
            JdbcProgrammes programmes,
            ProgrammePlanning planning,
            Intake intake,
            Completion completion,
            ProgrammeViews views,
            Sessions sessions,
            People people,
            Taxonomy taxonomy,
            Choices choices,
            Settings settings,
            Clock clock) {
        this.programmes = programmes;
        this.planning = planning;
        this.intake = intake;
        this.completion = completion;
        this.views = views;
        this.sessions = sessions;
        this.people = people;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(ProgrammeRoutes.STAFF)
    String overview(Model model) {
        model.addAttribute("programmes", programmes.all());
        return "programmes/staff";
    }

    @GetMapping(ProgrammeRoutes.NEW)
    String newForm(Locale locale, Model model) {
        return form(
                model,
                ProgrammeForm.empty(LocalDate.now(clock.withZone(settings.zone())), locale.getLanguage()),
                null,
                null,
                locale);
    }

    @PostMapping(ProgrammeRoutes.NEW)
    String create(
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInPerson coordinator,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgrammePlan plan = form.check(errors, settings.zone(), taxonomy);
        if (plan == null) {
            response.setStatus(400);
            return form(model, form, errors, null, locale);
        }
        long id = planning.create(plan, coordinator.personId());
        Flash.message(redirect, "programmes.staff.created");
        return "redirect:" + ProgrammeRoutes.staff(id);
    }

    @GetMapping(ProgrammeRoutes.STAFF + "/{id}/redigera")
    String editForm(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model) {
        Programme programme = run(id, person, layout);
        return form(model, ProgrammeForm.of(programme, settings.zone()), null, programme, locale);
    }

    @PostMapping(ProgrammeRoutes.STAFF + "/{id}/redigera")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = run(id, person, layout);
        ProgrammePlan plan = form.check(errors, settings.zone(), taxonomy);
        if (plan == null) {
            response.setStatus(400);
            return form(model, form, errors, programme, locale);
        }
        planning.update(id, plan);
        Flash.message(redirect, "programmes.staff.updated");
        return "redirect:" + ProgrammeRoutes.staff(id);
    }

    private String form(Model model, ProgrammeForm form, BindingResult errors, Programme existing, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("challenges", choices.challenges(locale, form.challenges()));
        return "programmes/form";
    }

    @GetMapping(ProgrammeRoutes.STAFF + "/{id}")
    String page(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Model model) {
        return page(run(id, person, layout), person, layout, model, null);
    }

    private String page(Programme programme, SignedInPerson person, Layout layout, Model model, Errors errors) {
        List<SessionRow> rows = views.sessions(programme.id(), null);
        List<Set<Long>> attended =
                rows.stream().map(row -> views.attended(row.event().id())).toList();
        model.addAttribute("programme", programme);
        model.addAttribute("sessions", rows);
        model.addAttribute(
                "choosable",
                sessions.upcomingOrganisedBy(person.personId(), layout.admin()).stream()
                        .filter(event ->
                                rows.stream().noneMatch(row -> row.event().id() == event.id()))
                        .toList());
        model.addAttribute(
                "participants",
                programmes.applications(programme.id()).stream()
                        .map(application -> {
                            PersonSummary found =
                                    people.find(application.personId()).orElse(null);
                            return new ParticipantRow(
                                    application,
                                    found == null ? "–" : found.displayName(),
                                    found == null ? "" : found.email(),
                                    attended.stream()
                                            .map(present -> present.contains(application.personId()))
                                            .toList(),
                                    programmes
                                            .certificateOf(programme.id(), application.personId())
                                            .orElse(null));
                        })
                        .toList());
        model.addAttribute("accepted", programmes.accepted(programme.id()));
        model.addAttribute("formErrors", errors);
        return "programmes/admin";
    }

    @PostMapping(ProgrammeRoutes.STAFF + "/{id}/traffar")
    String addSession(
            @PathVariable long id,
            @RequestParam(name = "event", defaultValue = "") String event,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = run(id, person, layout);
        if (!event.matches("\\d{1,18}")) {
            return refused(
                    programme, person, layout, model, response, 400, "event", event, "programmes.session.unknown");
        }
        try {
            planning.addSession(id, Long.parseLong(event), person.personId(), layout.admin());
        } catch (Refused refused) {
            return refused(
                    programme,
                    person,
                    layout,
                    model,
                    response,
                    400,
                    "event",
                    event,
                    refused.explained().messageKey());
        }
        Flash.message(redirect, "programmes.session.added");
        return "redirect:" + ProgrammeRoutes.staff(id);
    }

    @PostMapping(ProgrammeRoutes.STAFF + "/{id}/traffar/{eventId}/ta-bort")
    String removeSession(
            @PathVariable long id,
            @PathVariable long eventId,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            RedirectAttributes redirect) {
        run(id, person, layout);
        planning.removeSession(id, eventId);
        Flash.message(redirect, "programmes.session.removed");
        return "redirect:" + ProgrammeRoutes.staff(id);
    }

    @PostMapping(ProgrammeRoutes.STAFF + "/{id}/ansokningar/{applicationId}")
    String decide(
            @PathVariable long id,
            @PathVariable long applicationId,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = run(id, person, layout);
        String field = "message-" + applicationId;
        String message = form.getOrDefault("message", "").strip();
        ApplicationStatus status;
        try {
            status = ApplicationStatus.valueOf(form.getOrDefault("decision", ""));
        } catch (IllegalArgumentException unknown) {
            return refused(
                    programme, person, layout, model, response, 400, field, message, "programmes.decision.unknown");
        }
        if (message.length() > Intake.MAX_MESSAGE) {
            return refused(
                    programme,
                    person,
                    layout,
                    model,
                    response,
                    400,
                    field,
                    message,
                    "programmes.decision.message.too-long");
        }
        try {
            intake.decide(id, applicationId, status, message.isEmpty() ? null : message, person.personId());
        } catch (Refused refused) {
            return refused(
                    programme,
                    person,
                    layout,
                    model,
                    response,
                    409,
                    field,
                    message,
                    refused.explained().messageKey());
        }
        Flash.message(redirect, "programmes.decision." + status.name());
        return "redirect:" + ProgrammeRoutes.staff(id);
    }

    @PostMapping(ProgrammeRoutes.STAFF + "/{id}/intyg/{certificateId}/aterkalla")
    String revoke(
            @PathVariable long id,
            @PathVariable long certificateId,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = run(id, person, layout);
        String why = reason.strip();
        String field = "reason-" + certificateId;
        if (why.isEmpty() || why.length() > 500) {
            return refused(
                    programme,
                    person,
                    layout,
                    model,
                    response,
                    400,
                    field,
                    why,
                    "programmes.certificate.reason.required");
        }
        completion.revoke(id, certificateId, why);
        Flash.message(redirect, "programmes.certificate.revoked");
        return "redirect:" + ProgrammeRoutes.staff(id);
    }

    /** The programme's page again with {@code status}, and {@code messageKey} beside {@code field}. */
    private String refused(
            Programme programme,
            SignedInPerson person,
            Layout layout,
            Model model,
            HttpServletResponse response,
            int status,
            String field,
            String value,
            String messageKey) {
        response.setStatus(status);
        return page(programme, person, layout, model, FormErrors.rejected(field, value, messageKey));
    }

    /** The programme, when {@code person} runs it (created it, or administers the platform); else 403. */
    private Programme run(long id, SignedInPerson person, Layout layout) {
        Programme programme = programmes.byId(id).orElseThrow(Refused::notFound);
        if (!layout.admin() && programme.createdBy() != person.personId()) {
            throw Refused.notYours("Not running programme " + id);
        }
        return programme;
    }
}
