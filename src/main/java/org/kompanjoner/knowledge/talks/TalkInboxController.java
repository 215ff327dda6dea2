package org.kompanjoner.knowledge.talks;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kompanjoner.knowledge.TalkRoutes;
import org.kompanjoner.programmes.FacilitatorDirectory;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' side (under {@code /admin}, so coordinators and administrators only): the
 * invitations to talk by status, one invitation with its internal note, its facilitator and its status;
 * and beside them the accessibility reports, each with a note and a status of its own.
 */
@Controller
class TalkInboxController {

    static final int MAX_NOTE = 2000;
    static final int MAX_MESSAGE = 1000;

    private final TalkRequests requests;
    private final AccessibilityReports reports;
    private final TalkDesk desk;
    private final FacilitatorDirectory facilitators;
    private final Choices choices;

    TalkInboxController(
            TalkRequests requests,
            AccessibilityReports reports,
            TalkDesk desk,
            FacilitatorDirectory facilitators,
            Choices choices) {
        this.requests = requests;
        this.reports = reports;
        this.desk = desk;
        this.facilitators = facilitators;
        this.choices = choices;
    }

    @GetMapping(TalkRoutes.INBOX)
    String inbox(@RequestParam(defaultValue = "") String status, Locale locale, Model model) {
        TalkStatus shown = known(TalkStatus.values(), status).orElse(null);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TalkStatus value : TalkStatus.values()) {
            counts.put(value.name(), requests.count(value));
        }
        model.addAttribute("shown", shown == null ? "" : shown.name());
        model.addAttribute("counts", counts);
        model.addAttribute("requests", requests.inbox(shown, 200));
        model.addAttribute("place", (Function<String, String>) code -> choices.place(code, locale));
        model.addAttribute("reportsWaiting", reports.count(ReportStatus.NEW));
        return "knowledge/talks/inbox";
    }

    @GetMapping(TalkRoutes.INBOX + "/{id}")
    String invitation(@PathVariable long id, Locale locale, Model model) {
        return invitationPage(model, desk.find(id), null, Map.of(), locale);
    }

    private String invitationPage(
            Model model, TalkRequest request, Errors errors, Map<String, String> typed, Locale locale) {
        List<Option> named = facilitators.listed().stream()
                .map(listed -> new Option(Long.toString(listed.personId()), listed.name()))
                .toList();
        model.addAttribute("request", request);
        model.addAttribute("formErrors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("place", choices.place(request.municipality(), locale));
        model.addAttribute("facilitators", named);
        model.addAttribute(
                "facilitatorName",
                named.stream()
                        .filter(option -> option.value().equals(String.valueOf(request.facilitatorId())))
                        .map(Option::label)
                        .findFirst()
                        .orElse(""));
        return "knowledge/talks/invitation";
    }

    @PostMapping(TalkRoutes.INBOX + "/{id}/anteckning")
    String note(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TalkRequest request = desk.find(id);
        Errors errors = tooLong("note", note, MAX_NOTE);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return invitationPage(model, request, errors, Map.of("note", note), locale);
        }
        desk.note(id, note.strip());
        Flash.message(redirect, "talks.inbox.note.saved");
        return "redirect:" + TalkRoutes.invitation(id);
    }

    @PostMapping(TalkRoutes.INBOX + "/{id}/facilitator")
    String assign(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String facilitator,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TalkRequest request = desk.find(id);
        Long chosen = facilitator.matches("\\d{1,18}") ? Long.valueOf(facilitator) : null;
        if (!facilitator.isEmpty() && (chosen == null || !facilitators.isListed(chosen))) {
            response.setStatus(400);
            Errors errors = errors(Map.of("facilitator", facilitator));
            errors.rejectValue("facilitator", "talks.inbox.facilitator.unknown");
            return invitationPage(model, request, errors, Map.of(), locale);
        }
        desk.assign(id, chosen);
        Flash.message(redirect, "talks.inbox.facilitator.saved");
        return "redirect:" + TalkRoutes.invitation(id);
    }

    @PostMapping(TalkRoutes.INBOX + "/{id}/status")
    String move(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String seen,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String message,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TalkRequest request = desk.find(id);
        Optional<TalkStatus> next = known(TalkStatus.values(), status);
        Errors errors = statusErrors(next.isPresent(), message);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return invitationPage(model, request, errors, Map.of("message", message), locale);
        }
        // The status the coordinator saw; a form from before someone else's change is refused.
        desk.move(id, known(TalkStatus.values(), seen).orElse(request.status()), next.get(), message.strip());
        Flash.message(redirect, "talks.inbox.status.saved");
        return "redirect:" + TalkRoutes.invitation(id);
    }

    @GetMapping(TalkRoutes.REPORTS)
    String reports(@RequestParam(defaultValue = "") String status, Model model) {
        ReportStatus shown = known(ReportStatus.values(), status).orElse(null);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportStatus value : ReportStatus.values()) {
            counts.put(value.name(), reports.count(value));
        }
        model.addAttribute("shown", shown == null ? "" : shown.name());
        model.addAttribute("counts", counts);
        model.addAttribute("reports", reports.inbox(shown, 200));
        return "knowledge/talks/reports";
    }

    @GetMapping(TalkRoutes.REPORTS + "/{id}")
    String report(@PathVariable long id, Model model) {
        return reportPage(model, desk.findReport(id), null, Map.of());
    }

    private String reportPage(Model model, AccessibilityReport report, Errors errors, Map<String, String> typed) {
        model.addAttribute("report", report);
        model.addAttribute("formErrors", errors);
        model.addAttribute("typed", typed);
        return "knowledge/talks/report-detail";
    }

    @PostMapping(TalkRoutes.REPORTS + "/{id}/anteckning")
    String noteReport(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AccessibilityReport report = desk.findReport(id);
        Errors errors = tooLong("note", note, MAX_NOTE);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return reportPage(model, report, errors, Map.of("note", note));
        }
        desk.noteReport(id, note.strip());
        Flash.message(redirect, "talks.inbox.note.saved");
        return "redirect:" + TalkRoutes.report(id);
    }

    @PostMapping(TalkRoutes.REPORTS + "/{id}/status")
    String moveReport(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String seen,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String message,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AccessibilityReport report = desk.findReport(id);
        Optional<ReportStatus> next = known(ReportStatus.values(), status);
        Errors errors = statusErrors(next.isPresent(), message);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return reportPage(model, report, errors, Map.of("message", message));
        }
        desk.moveReport(id, known(ReportStatus.values(), seen).orElse(report.status()), next.get(), message.strip());
        Flash.message(redirect, "talks.inbox.status.saved");
        return "redirect:" + TalkRoutes.report(id);
    }

    private static Errors statusErrors(boolean known, String message) {
        Errors errors = errors(Map.of("status", "", "message", message));
        if (!known) {
            errors.rejectValue("status", "talks.inbox.status.required");
        }
        Checks.optional(errors, "message", message, MAX_MESSAGE);
        return errors;
    }

    private static Errors tooLong(String field, String value, int max) {
        Errors errors = errors(Map.of(field, value));
        Checks.optional(errors, field, value, max);
        return errors;
    }

    private static Errors errors(Map<String, String> values) {
        return new MapBindingResult(new LinkedHashMap<>(values), "form");
    }

    private static <E extends Enum<E>> Optional<E> known(E[] values, String name) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst();
    }
}
