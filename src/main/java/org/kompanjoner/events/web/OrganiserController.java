package org.kompanjoner.events.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.events.internal.Attendance;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.events.internal.Outcomes;
import org.kompanjoner.events.internal.Questions;
import org.kompanjoner.events.internal.Registration;
import org.kompanjoner.events.internal.Registrations;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.CsvCells;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The organisers' pages: every event, a new one (or a copy of an earlier one), and each event's
 * participants, which only that event's organisers (and administrators) see, export, and mark present.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class OrganiserController {

    static final int MAX_QUESTION = 500;
    static final int MAX_NOTES = 20000;

    private final JdbcEvents events;
    private final Outcomes outcomes;
    private final EventPlanning planning;
    private final Registrations registrations;
    private final EventViews views;
    private final Organising organising;
    private final OrganiserPage page;
    private final Attendance attendance;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final Settings settings;
    private final Clock clock;

    OrganiserController(
            JdbcEvents events,
            Outcomes outcomes,
            EventPlanning planning,
            Registrations registrations,
            EventViews views,
            Organising organising,
            OrganiserPage page,
            Attendance attendance,
            Taxonomy taxonomy,
            Choices choices,
            Settings settings,
            Clock clock) {
        this.events = events;
        this.outcomes = outcomes;
        this.planning = planning;
        this.registrations = registrations;
        this.views = views;
        this.organising = organising;
        this.page = page;
        this.attendance = attendance;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(EventRoutes.STAFF)
    String overview(Locale locale, Model model) {
        model.addAttribute(
                "rows",
                events.all(200).stream()
                        .map(event -> {
                            var counts = events.counts(event.id());
                            return new EventRow(
                                    views.card(event, locale),
                                    counts.getOrDefault(RegistrationStatus.CONFIRMED, 0),
                                    counts.getOrDefault(RegistrationStatus.WAITING, 0));
                        })
                        .toList());
        return "events/staff";
    }

    @GetMapping(EventRoutes.NEW)
    String newForm(@RequestParam(name = "kopia", required = false) Long copyOf, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        EventForm form = copyOf == null
                ? EventForm.empty(today, locale.getLanguage())
                : EventForm.copyOf(events.byId(copyOf).orElseThrow(Refused::notFound), today, settings.zone());
        return form(model, form, null, null, locale);
    }

    @GetMapping(EventRoutes.STAFF + "/{id}/redigera")
    String editForm(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model) {
        Event event = organised(id, person, layout);
        return form(model, EventForm.of(event, settings.zone()), null, event, locale);
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/redigera")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = organised(id, person, layout);
        EventPlan plan = form.check(errors, settings.zone(), taxonomy);
        if (plan == null) {
            response.setStatus(400);
            return form(model, form, errors, event, locale);
        }
        planning.update(id, plan);
        Flash.message(redirect, "events.staff.updated");
        return "redirect:" + EventRoutes.staff(id);
    }

    @PostMapping(EventRoutes.NEW)
    String create(
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInPerson organiser,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EventPlan plan = form.check(errors, settings.zone(), taxonomy);
        if (plan == null) {
            response.setStatus(400);
            return form(model, form, errors, null, locale);
        }
        long id = planning.create(plan, organiser.personId());
        Flash.message(redirect, "events.staff.created");
        return "redirect:" + EventRoutes.staff(id);
    }

    private String form(Model model, EventForm form, BindingResult errors, Event existing, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("formErrors", errors);
        model.addAttribute("types", EventType.values());
        model.addAttribute("challenges", choices.challenges(locale, form.challenges()));
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, List.of(form.municipality())));
        return "events/form";
    }

    @GetMapping(EventRoutes.STAFF + "/{id}")
    String participants(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model) {
        return page.render(organised(id, person, layout), locale, model, null, null);
    }

    /** A dialogue meeting's question, and afterwards its notes, next steps and participants by sector. */
    @PostMapping(EventRoutes.STAFF + "/{id}/resultat")
    String outcome(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = organised(id, person, layout);
        String question = form.getOrDefault("challengeQuestion", "").strip();
        String notes = form.getOrDefault("notes", "").strip();
        String nextSteps = form.getOrDefault("nextSteps", "").strip();
        Map<String, Integer> sectors = new LinkedHashMap<>();
        Errors problem = null;
        for (var sector : choices.of(TermKind.SECTOR, locale)) {
            String field = "sector-" + sector.value();
            String typed = form.getOrDefault(field, "").strip();
            if (typed.isEmpty()) {
                continue;
            }
            if (!typed.matches("\\d{1,5}")) {
                problem = FormErrors.rejected(field, typed, "events.outcome.count.invalid");
            } else {
                sectors.put(sector.value(), Integer.valueOf(typed));
            }
        }
        if (question.length() > MAX_QUESTION) {
            problem = FormErrors.rejected("challengeQuestion", question, "events.outcome.too-long");
        } else if (notes.length() > MAX_NOTES) {
            problem = FormErrors.rejected("notes", notes, "events.outcome.too-long");
        } else if (nextSteps.length() > MAX_NOTES) {
            problem = FormErrors.rejected("nextSteps", nextSteps, "events.outcome.too-long");
        }
        if (problem != null) {
            response.setStatus(400);
            return page.render(
                    event, locale, model, new Outcomes.Outcome(question, notes, nextSteps, sectors, null), problem);
        }
        outcomes.save(id, question, notes, nextSteps, sectors);
        Flash.message(redirect, "events.outcome.saved");
        return "redirect:" + EventRoutes.staff(id);
    }

    @GetMapping(EventRoutes.STAFF + "/{id}/deltagare.csv")
    ResponseEntity<String> export(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout)
            throws IOException {
        Questions questions = organised(id, person, layout).plan().questions();
        List<String> header =
                new ArrayList<>(List.of("name", "email", "status", "waiting_position", "attended", "registered_at"));
        questions.keys().forEach(key -> header.add(key.toLowerCase(Locale.ROOT)));
        StringWriter csv = new StringWriter();
        csv.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(csv)) {
            for (Participant participant : page.participants(id)) {
                Registration registration = participant.registration();
                List<Object> cells = new ArrayList<>(List.of(
                        CsvCells.safe(participant.name()),
                        CsvCells.safe(participant.email()),
                        registration.status().name(),
                        registration.waitingPosition() == null ? "" : registration.waitingPosition(),
                        registration.attended(),
                        registration.createdAt()));
                questions.keys().forEach(key -> cells.add(CsvCells.safe(participant.answer(key))));
                printer.printRecord(cells);
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("deltagare-" + id + ".csv")
                                .build()
                                .toString())
                .body(csv.toString());
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/narvaro")
    String attendance(
            @PathVariable long id,
            @RequestParam(name = "present", required = false) List<Long> present,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            RedirectAttributes redirect) {
        organised(id, person, layout);
        attendance.markAll(id, present == null ? Set.of() : Set.copyOf(present));
        Flash.message(redirect, "events.staff.attendance.saved");
        return "redirect:" + EventRoutes.staff(id);
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/ge-plats/{registrationId}")
    String promote(
            @PathVariable long id,
            @PathVariable long registrationId,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            RedirectAttributes redirect) {
        organised(id, person, layout);
        registrations.promote(id, registrationId);
        Flash.message(redirect, "events.staff.promoted");
        return "redirect:" + EventRoutes.staff(id);
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/stall-in")
    String cancel(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            RedirectAttributes redirect) {
        organised(id, person, layout);
        planning.cancel(id);
        Flash.message(redirect, "events.staff.cancelled");
        return "redirect:" + EventRoutes.staff(id);
    }

    private Event organised(long id, SignedInPerson person, Layout layout) {
        return organising.organised(id, person, layout);
    }
}
