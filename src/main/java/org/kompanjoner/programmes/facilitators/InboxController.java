package org.kompanjoner.programmes.facilitators;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.core.Authentication;
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
 * The coordinators' side (under {@code /admin}, so coordinators and administrators only): the inbox of
 * requests by status, one request with its internal note, assigning it and closing it; and who is a
 * facilitator, granted or withdrawn with a reason.
 */
@Controller
class InboxController {

    static final int MAX_NOTE = 2000;
    static final int MAX_MESSAGE = 1000;
    static final int MAX_REASON = 500;

    private final Requests requests;
    private final RequestDesk desk;
    private final Facilitators facilitators;
    private final FacilitatorStatus status;
    private final FacilitatorViews views;
    private final People people;
    private final Choices choices;

    InboxController(
            Requests requests,
            RequestDesk desk,
            Facilitators facilitators,
            FacilitatorStatus status,
            FacilitatorViews views,
            People people,
            Choices choices) {
        this.requests = requests;
        this.desk = desk;
        this.facilitators = facilitators;
        this.status = status;
        this.views = views;
        this.people = people;
        this.choices = choices;
    }

    @GetMapping(FacilitatorRoutes.INBOX)
    String inbox(@RequestParam(defaultValue = "") String status, Locale locale, Model model) {
        RequestStatus shown = Arrays.stream(RequestStatus.values())
                .filter(value -> value.name().equals(status))
                .findFirst()
                .orElse(null);
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        for (RequestStatus value : RequestStatus.values()) {
            counts.put(value, requests.count(value));
        }
        model.addAttribute("shown", shown == null ? "" : shown.name());
        model.addAttribute("counts", counts);
        model.addAttribute("requests", requests.inbox(shown, 200));
        model.addAttribute("names", (Function<Long, String>) views::name);
        model.addAttribute("place", (Function<String, String>) code -> choices.place(code, locale));
        return "programmes/facilitators/inbox";
    }

    @GetMapping(FacilitatorRoutes.INBOX + "/forfragningar/{id}")
    String request(@PathVariable long id, Locale locale, Model model) {
        return requestPage(model, desk.find(id), null, Map.of(), locale);
    }

    private String requestPage(
            Model model, FacilitatorRequest request, Errors errors, Map<String, String> typed, Locale locale) {
        model.addAttribute("request", request);
        model.addAttribute("formErrors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("place", choices.place(request.municipality(), locale));
        model.addAttribute("facilitatorName", views.name(request.facilitatorId()));
        model.addAttribute("wishedName", views.name(request.wishedFacilitator()));
        model.addAttribute("facilitators", views.choices());
        return "programmes/facilitators/inbox-request";
    }

    @PostMapping(FacilitatorRoutes.INBOX + "/forfragningar/{id}/anteckning")
    String note(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FacilitatorRequest request = desk.find(id);
        if (note.strip().length() > MAX_NOTE) {
            response.setStatus(400);
            return requestPage(model, request, tooLong("note", note, MAX_NOTE), Map.of("note", note), locale);
        }
        desk.note(id, note.strip());
        Flash.message(redirect, "facilitators.inbox.note.saved");
        return "redirect:" + FacilitatorRoutes.request(id);
    }

    @PostMapping(FacilitatorRoutes.INBOX + "/forfragningar/{id}/tilldela")
    String assign(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String facilitator,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FacilitatorRequest request = desk.find(id);
        if (!facilitator.matches("\\d{1,18}") || !facilitators.isActive(Long.parseLong(facilitator))) {
            response.setStatus(400);
            return requestPage(
                    model,
                    request,
                    FormErrors.rejected("facilitator", facilitator, "facilitators.inbox.assign.required"),
                    Map.of(),
                    locale);
        }
        desk.assign(id, Long.parseLong(facilitator));
        Flash.message(redirect, "facilitators.inbox.assigned", views.name(Long.parseLong(facilitator)));
        return "redirect:" + FacilitatorRoutes.request(id);
    }

    @PostMapping(FacilitatorRoutes.INBOX + "/forfragningar/{id}/avsluta")
    String close(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String message,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FacilitatorRequest request = desk.find(id);
        Errors errors =
                new MapBindingResult(new LinkedHashMap<>(Map.of("outcome", outcome, "message", message)), "form");
        if (!outcome.equals(RequestStatus.DONE.name()) && !outcome.equals(RequestStatus.DECLINED.name())) {
            errors.rejectValue("outcome", "facilitators.inbox.close.outcome.required");
        }
        if (message.strip().length() > MAX_MESSAGE) {
            errors.rejectValue("message", "facilitators.form.too-long", new Object[] {MAX_MESSAGE}, null);
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return requestPage(model, request, errors, Map.of("message", message), locale);
        }
        desk.close(id, RequestStatus.valueOf(outcome), message.strip());
        Flash.message(redirect, "facilitators.inbox.closed." + outcome);
        return "redirect:" + FacilitatorRoutes.request(id);
    }

    @GetMapping(FacilitatorRoutes.STAFF_PEOPLE)
    String facilitators(Locale locale, Model model) {
        return peoplePage(model, null, "", "", locale);
    }

    private String peoplePage(Model model, Errors errors, String email, String reason, Locale locale) {
        model.addAttribute("cards", views.cards(facilitators.allActive(), locale));
        model.addAttribute("formErrors", errors);
        model.addAttribute("email", email);
        model.addAttribute("reason", reason);
        return "programmes/facilitators/people";
    }

    @PostMapping(FacilitatorRoutes.GRANT)
    String grant(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String reason,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Errors errors = new MapBindingResult(new LinkedHashMap<>(Map.of("email", email, "reason", reason)), "form");
        PersonSummary person = people.findByEmail(email.strip()).orElse(null);
        if (person == null) {
            errors.rejectValue("email", "facilitators.staff.grant.unknown");
        }
        Fields.required(errors, "reason", reason, MAX_REASON);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return peoplePage(model, errors, email, reason, locale);
        }
        if (status.grant(person.id(), reason.strip(), staff(viewer))) {
            Flash.message(redirect, "facilitators.staff.granted", person.displayName());
        } else {
            Flash.message(redirect, "facilitators.staff.already", person.displayName());
        }
        return "redirect:" + FacilitatorRoutes.STAFF_PEOPLE;
    }

    @GetMapping(FacilitatorRoutes.STAFF_PEOPLE + "/{personId}")
    String person(@PathVariable long personId, Locale locale, Model model) {
        return personPage(model, personId, null, "", locale);
    }

    private String personPage(Model model, long personId, Errors errors, String reason, Locale locale) {
        PersonSummary person = people.find(personId).orElseThrow(Refused::notFound);
        List<Facilitators.Change> changes = facilitators.changes(personId);
        if (changes.isEmpty()) {
            throw Refused.notFound();
        }
        model.addAttribute(
                "card", views.card(person, facilitators.profile(personId).orElse(FacilitatorProfile.EMPTY), locale));
        model.addAttribute("active", facilitators.isActive(personId));
        model.addAttribute(
                "changes",
                changes.stream()
                        .map(change -> new StatusChange(
                                change.granted(),
                                change.reason(),
                                change.changedBy() == null ? "" : views.name(change.changedBy()),
                                change.programmeId(),
                                change.at()))
                        .toList());
        model.addAttribute("formErrors", errors);
        model.addAttribute("reason", reason);
        return "programmes/facilitators/person";
    }

    @PostMapping(FacilitatorRoutes.STAFF_PEOPLE + "/{personId}/dra-tillbaka")
    String withdraw(
            @PathVariable long personId,
            @RequestParam(defaultValue = "") String reason,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PersonSummary person = people.find(personId).orElseThrow(Refused::notFound);
        Errors errors = new MapBindingResult(new LinkedHashMap<>(Map.of("reason", reason)), "form");
        Fields.required(errors, "reason", reason, MAX_REASON);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return personPage(model, personId, errors, reason, locale);
        }
        status.withdraw(personId, reason.strip(), staff(viewer));
        Flash.message(redirect, "facilitators.staff.withdrawn", person.displayName());
        return "redirect:" + FacilitatorRoutes.STAFF_PEOPLE;
    }

    private static long staff(Authentication viewer) {
        SignedInPerson person = SignedInPerson.of(viewer);
        if (person == null) {
            throw Refused.notYours("Not signed in");
        }
        return person.personId();
    }

    private static Errors tooLong(String field, String value, int max) {
        Errors errors = new MapBindingResult(new LinkedHashMap<>(Map.of(field, value)), "form");
        errors.rejectValue(field, "facilitators.form.too-long", new Object[] {max}, null);
        return errors;
    }
}
