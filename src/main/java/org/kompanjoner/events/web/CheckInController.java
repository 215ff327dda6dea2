package org.kompanjoner.events.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.events.internal.Attendance;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The check-in list: printed, it is the list to tick at the door; on a phone, each name has its own
 * button, and a search narrows the list to the person in front of you. Works without JavaScript.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CheckInController {

    private final Attendance attendance;
    private final Organising organising;
    private final OrganiserPage page;
    private final EventViews views;

    CheckInController(Attendance attendance, Organising organising, OrganiserPage page, EventViews views) {
        this.attendance = attendance;
        this.organising = organising;
        this.page = page;
        this.views = views;
    }

    @GetMapping(EventRoutes.STAFF + "/{id}/incheckning")
    String list(
            @PathVariable long id,
            @RequestParam(name = "q", defaultValue = "") String query,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model) {
        Event event = organising.organised(id, person, layout);
        String wanted = query.strip().toLowerCase(locale);
        List<Participant> seated = page.participants(id).stream()
                .filter(participant -> participant.registration().status() == RegistrationStatus.CONFIRMED)
                .sorted(Comparator.comparing(participant -> participant.name().toLowerCase(locale)))
                .toList();
        model.addAttribute("view", views.card(event, locale));
        model.addAttribute(
                "participants",
                seated.stream()
                        .filter(participant -> wanted.isEmpty()
                                || participant.name().toLowerCase(locale).contains(wanted)
                                || participant.email().toLowerCase(locale).contains(wanted))
                        .toList());
        model.addAttribute("seated", seated.size());
        model.addAttribute(
                "present",
                seated.stream()
                        .filter(participant -> participant.registration().attended())
                        .count());
        model.addAttribute("query", query.strip());
        return "events/check-in";
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/incheckning/{registrationId}")
    String mark(
            @PathVariable long id,
            @PathVariable long registrationId,
            @RequestParam(defaultValue = "true") boolean present,
            @RequestParam(name = "q", defaultValue = "") String query,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout) {
        organising.organised(id, person, layout);
        if (!attendance.mark(id, registrationId, present)) {
            throw Refused.notFound();
        }
        // Back to the same narrowed list, at the row just marked.
        return "redirect:"
                + UriComponentsBuilder.fromPath(EventRoutes.checkIn(id))
                        .queryParamIfPresent(
                                "q", query.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(query))
                        .fragment("r" + registrationId)
                        .encode()
                        .toUriString();
    }
}
