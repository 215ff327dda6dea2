package org.kompanjoner.events.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.accounts.OrganisationNumber;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.Organisers;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who arranges an event with its creator: other staff by their address (they then manage it as the
 * creator does), and registered organisations by their organisation number (named on the event's page).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CoOrganisersController {

    private final Organisers organisers;
    private final People people;
    private final Organisations organisations;
    private final Organising organising;
    private final OrganiserPage page;

    CoOrganisersController(
            Organisers organisers,
            People people,
            Organisations organisations,
            Organising organising,
            OrganiserPage page) {
        this.organisers = organisers;
        this.people = people;
        this.organisations = organisations;
        this.organising = organising;
        this.page = page;
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/arrangorer")
    String add(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String organisationNumber,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = organising.organised(id, person, layout);
        Map<String, String> typed = Map.of("email", email, "organisationNumber", organisationNumber);
        if (!email.isBlank()) {
            PersonSummary found = people.findByEmail(email.strip())
                    .filter(candidate -> people.isStaff(candidate.id()))
                    .orElse(null);
            if (found == null) {
                return page.refused(event, typed, "email", "events.organiser.not-staff", locale, model, response);
            }
            organisers.addPerson(id, found.id());
        } else if (!organisationNumber.isBlank()) {
            OrganisationSummary found = OrganisationNumber.parse(organisationNumber)
                    .flatMap(number -> organisations.findByNumber(number.value()))
                    .orElse(null);
            if (found == null) {
                return page.refused(
                        event,
                        typed,
                        "organisationNumber",
                        "events.organiser.organisation.unknown",
                        locale,
                        model,
                        response);
            }
            organisers.addOrganisation(id, found.id());
        } else {
            return page.refused(event, typed, "email", "events.organiser.required", locale, model, response);
        }
        Flash.message(redirect, "events.organiser.added");
        return "redirect:" + EventRoutes.staff(id) + "#organisers-title";
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/arrangorer/{personId}/ta-bort")
    String removePerson(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            RedirectAttributes redirect) {
        organising.organised(id, person, layout);
        organisers.removePerson(id, personId);
        Flash.message(redirect, "events.organiser.removed");
        return "redirect:" + EventRoutes.staff(id) + "#organisers-title";
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/organisationer/{organisationId}/ta-bort")
    String removeOrganisation(
            @PathVariable long id,
            @PathVariable long organisationId,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            RedirectAttributes redirect) {
        organising.organised(id, person, layout);
        organisers.removeOrganisation(id, organisationId);
        Flash.message(redirect, "events.organiser.removed");
        return "redirect:" + EventRoutes.staff(id) + "#organisers-title";
    }
}
