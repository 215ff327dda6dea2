package org.kompanjoner.events.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.events.internal.Registration;
import org.kompanjoner.events.internal.Registrations;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.RateLimiter;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration without an account: a guest gives a name and a mail address and confirms it by the link
 * mailed to them (double opt-in: an unconfirmed guest holds a seat for a day at most). Every link asks
 * before it acts, so a mail scanner that follows links changes nothing.
 */
@Controller
class GuestController {

    /** Guests' registrations from one address: enough for a school class at one computer. */
    static final RateLimiter.Limit PER_ADDRESS = new RateLimiter.Limit(20, Duration.ofHours(1));

    static final int MAX_NAME = 100;

    private final JdbcEvents events;
    private final Registrations registrations;
    private final EventViews views;
    private final RateLimiter limits;
    private final RegistrationQuestions questions;
    private final Clock clock;

    GuestController(
            JdbcEvents events,
            Registrations registrations,
            EventViews views,
            RateLimiter limits,
            RegistrationQuestions questions,
            Clock clock) {
        this.events = events;
        this.questions = questions;
        this.registrations = registrations;
        this.views = views;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping(EventRoutes.CALENDAR + "/{id}/gast")
    String form(@PathVariable long id, Locale locale, Model model) {
        return form(model, open(id), new GuestForm("", "", ""), Map.of(), null, locale);
    }

    @PostMapping(EventRoutes.CALENDAR + "/{id}/gast")
    String register(
            @PathVariable long id,
            @ModelAttribute("form") GuestForm form,
            BindingResult errors,
            @RequestParam Map<String, String> fields,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Event event = open(id);
        String name = form.name().strip();
        if (name.isEmpty()) {
            errors.rejectValue("name", "events.guest.name.required");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "events.form.too-long", new Object[] {MAX_NAME}, null);
        }
        if (!Emails.plausible(form.email())) {
            errors.rejectValue("email", "events.guest.email.invalid");
        }
        Errors answerErrors = new MapBindingResult(new HashMap<>(fields), "form");
        Map<String, String> answered = questions.check(event, fields, answerErrors);
        errors.addAllErrors(answerErrors);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return form(model, event, form, fields, errors, locale);
        }
        if (limits.refusedFromAddress("event-guest", PER_ADDRESS, request, response)) {
            return "web/too-many";
        }
        // A robot that filled the hidden field is answered like anyone, and nothing is stored.
        if (form.homepage().isBlank()) {
            registrations.registerGuest(id, form.email(), name, answered);
        }
        model.addAttribute("view", views.card(event, locale));
        model.addAttribute("email", form.email().strip());
        return "events/guest-check-inbox";
    }

    private String form(
            Model model, Event event, GuestForm form, Map<String, String> fields, BindingResult errors, Locale locale) {
        model.addAttribute("view", views.card(event, locale));
        questions.show(model, event, fields, locale);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        return "events/guest";
    }

    private Event open(long id) {
        Event event =
                events.byId(id).filter(found -> !found.plan().invitationOnly()).orElseThrow(Refused::notFound);
        if (!event.registrationOpen(clock.instant())) {
            throw Refused.notNow("events.registration.closed");
        }
        return event;
    }

    @GetMapping(EventRoutes.CALENDAR + "/bekrafta/{token}")
    String confirmPage(@PathVariable String token, Locale locale, Model model) {
        Registration registration = events.registrationByConfirmToken(token).orElseThrow(Refused::notFound);
        model.addAttribute(
                "view", views.card(events.byId(registration.eventId()).orElseThrow(), locale));
        model.addAttribute("token", token);
        return "events/guest-confirm";
    }

    @PostMapping(EventRoutes.CALENDAR + "/bekrafta/{token}")
    String confirm(@PathVariable String token, RedirectAttributes redirect) {
        Registrations.Outcome outcome = registrations.confirmGuestByLink(token);
        switch (outcome.status()) {
            case CONFIRMED -> Flash.message(redirect, "events.registered");
            case WAITING, OFFERED -> Flash.message(redirect, "events.guest.confirmed.waiting");
            default -> Flash.message(redirect, "events.guest.confirmed");
        }
        Registration registration =
                events.registration(outcome.registrationId()).orElseThrow();
        return "redirect:" + EventRoutes.event(registration.eventId());
    }

    @PostMapping(EventRoutes.CALENDAR + "/avboka/{token}/ta-platsen")
    String acceptOffer(@PathVariable String token, RedirectAttributes redirect) {
        Registration registration = registrations.acceptOfferByLink(token);
        Flash.message(redirect, "events.registered");
        return "redirect:" + EventRoutes.event(registration.eventId());
    }
}
