package org.kompanjoner.events.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.EventCalendars;
import org.kompanjoner.events.internal.EventTranslations;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.events.internal.JdbcEvents.CalendarQuery;
import org.kompanjoner.events.internal.Materials;
import org.kompanjoner.events.internal.Organisers;
import org.kompanjoner.events.internal.Outcomes;
import org.kompanjoner.events.internal.Registration;
import org.kompanjoner.events.internal.Registrations;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.JsonLd;
import org.kompanjoner.web.Markdown;
import org.kompanjoner.web.SearchLinks;
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
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar of events and each event's page, where a signed-in member registers in one click (answering
 * the event's questions, if it asks any), leaves
 * again, and takes a seat offered to them; an event's iCalendar file for a calendar program.
 */
@Controller
class CalendarController {

    /** How many upcoming and past events the calendar lists. */
    static final int SHOWN = 60;
    /** How many upcoming events a feed carries. */
    static final int FEED = 200;

    private final EventTranslations translations;
    private final JdbcEvents events;
    private final Outcomes outcomes;
    private final Markdown markdown;
    private final Taxonomy taxonomy;
    private final Registrations registrations;
    private final EventViews views;
    private final EventCalendars calendars;
    private final EventFeed atom;
    private final Choices choices;
    private final RegistrationQuestions questions;
    private final Materials materials;
    private final Organisers organisers;
    private final Organisations organisations;
    private final Settings settings;
    private final Clock clock;

    CalendarController(
            JdbcEvents events,
            Outcomes outcomes,
            Markdown markdown,
            Taxonomy taxonomy,
            Registrations registrations,
            EventViews views,
            EventCalendars calendars,
            EventFeed atom,
            Choices choices,
            RegistrationQuestions questions,
            Materials materials,
            Organisers organisers,
            Organisations organisations,
            Settings settings,
            Clock clock,
            EventTranslations translations) {
        this.translations = translations;
        this.events = events;
        this.organisers = organisers;
        this.organisations = organisations;
        this.questions = questions;
        this.materials = materials;
        this.outcomes = outcomes;
        this.markdown = markdown;
        this.taxonomy = taxonomy;
        this.registrations = registrations;
        this.views = views;
        this.calendars = calendars;
        this.atom = atom;
        this.choices = choices;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping({EventRoutes.CALENDAR, EventRoutes.CALENDAR_ENGLISH})
    String calendar(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String challenge,
            @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String language,
            Locale locale,
            Model model) {
        CalendarQuery query = query(type, challenge, municipality, mode, language, locale);
        model.addAttribute("query", query);
        model.addAttribute("upcoming", views.cards(events.calendar(query, clock.instant(), true, SHOWN), locale));
        model.addAttribute("past", views.cards(events.calendar(query, clock.instant(), false, SHOWN), locale));
        model.addAttribute("types", EventType.values());
        model.addAttribute("challenges", choices.forFilter(TermKind.CHALLENGE, locale));
        model.addAttribute("municipalities", choices.municipalitiesForFilter(locale));
        model.addAttribute("feedQuery", feedQuery(query));
        return "events/calendar";
    }

    /** The upcoming events as a calendar to subscribe to, with the calendar's filters. */
    @GetMapping(EventRoutes.ICS_FEED)
    ResponseEntity<String> icsFeed(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String challenge,
            @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String language,
            Locale locale) {
        CalendarQuery query = query(type, challenge, municipality, mode, language, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(calendars.write(events.calendar(query, clock.instant(), true, FEED)));
    }

    /** The upcoming events as an Atom feed, newest announced first, with the calendar's filters. */
    @GetMapping(EventRoutes.ATOM_FEED)
    ResponseEntity<String> atomFeed(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String challenge,
            @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String language,
            Locale locale)
            throws javax.xml.stream.XMLStreamException {
        CalendarQuery query = query(type, challenge, municipality, mode, language, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .body(atom.write(events.calendar(query, clock.instant(), true, FEED), locale));
    }

    /** What the feeds' links repeat of the calendar's filters. */
    private static String feedQuery(CalendarQuery query) {
        return SearchLinks.link(
                        "",
                        null,
                        SearchLinks.chosen(
                                List.of("type", "challenge", "municipality", "mode", "language"),
                                query.type(),
                                query.challenge(),
                                query.municipality(),
                                query.mode(),
                                query.language()),
                        null)
                .encode()
                .build()
                .toUriString();
    }

    /** The filters as asked for; unknown values are dropped rather than refused, so an old link still works. */
    private CalendarQuery query(
            String type, String challenge, String municipality, String mode, String language, Locale locale) {
        return new CalendarQuery(
                known(type, Arrays.stream(EventType.values()).map(Enum::name).toList()),
                choices.of(TermKind.CHALLENGE, locale).stream()
                                .anyMatch(option -> option.value().equals(challenge))
                        ? challenge
                        : "",
                municipality.matches("\\d{4}") ? municipality : "",
                known(mode, List.of("ONLINE", "ON_SITE")),
                known(language, List.of("sv", "en")));
    }

    private static String known(String value, List<String> allowed) {
        return allowed.contains(value) ? value : "";
    }

    @GetMapping(EventRoutes.CALENDAR + "/{id}")
    String show(@PathVariable long id, Authentication viewer, Locale locale, Model model) {
        return page(visible(id, viewer), viewer, locale, model, Map.of(), null);
    }

    /**
     * The event, when the viewer may see it: anyone, unless it is for invited people only; then only its
     * organisers, administrators and those given a place. To anyone else it does not exist (404).
     */
    private Event visible(long id, Authentication viewer) {
        Event event = events.byId(id).orElseThrow(Refused::notFound);
        if (!event.plan().invitationOnly()) {
            return event;
        }
        SignedInPerson person = SignedInPerson.of(viewer);
        boolean allowed = person != null
                && (viewer.getAuthorities().stream()
                                .anyMatch(role -> role.getAuthority().equals("ROLE_ADMIN"))
                        || events.organises(id, person.personId())
                        || events.registrationOf(id, person.personId(), null)
                                .filter(found -> found.status().active())
                                .isPresent());
        if (!allowed) {
            throw Refused.notFound();
        }
        return event;
    }

    /** The event's page, with the registration form as typed ({@code form}) and its problems, if any. */
    private String page(
            Event event, Authentication viewer, Locale locale, Model model, Map<String, String> form, Errors errors) {
        long id = event.id();
        SignedInPerson person = SignedInPerson.of(viewer);
        Optional<Registration> registration = person == null
                ? Optional.empty()
                : events.registrationOf(id, person.personId(), null)
                        .filter(found -> found.status().active());
        boolean seated = registration
                .map(found -> found.status() == RegistrationStatus.CONFIRMED)
                .orElse(false);
        EventView view = views.page(event, locale, seated);
        model.addAttribute("view", view);
        model.addAttribute("registration", registration.orElse(null));
        model.addAttribute("formErrors", errors);
        questions.show(model, event, form, locale);
        model.addAttribute("materials", materials.of(id));
        model.addAttribute(
                "organisations",
                organisers.organisations(id).stream()
                        .map(organisations::find)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute("registrationOpen", event.registrationOpen(clock.instant()));
        if (person != null && (SignedInPerson.staff(viewer) || events.organises(id, person.personId()))) {
            model.addAttribute("translated", translations.of(id).keySet());
        }
        model.addAttribute("ended", event.plan().endsAt().isBefore(clock.instant()));
        model.addAttribute(
                "jsonLd",
                event.state() == Event.State.PUBLISHED && !event.plan().invitationOnly() ? jsonLd(view) : null);
        var outcome = outcomes.of(id).orElse(null);
        model.addAttribute("outcome", outcome);
        model.addAttribute("notes", outcome == null ? null : markdown.content(outcome.notes()));
        model.addAttribute("nextSteps", outcome == null ? null : markdown.content(outcome.nextSteps()));
        model.addAttribute(
                "sectorMix",
                outcome == null
                        ? List.of()
                        : outcome.sectors().entrySet().stream()
                                .filter(entry -> entry.getValue() > 0)
                                .map(entry -> taxonomy.label(TermKind.SECTOR, entry.getKey(), locale) + ": "
                                        + entry.getValue())
                                .toList());
        return "events/event";
    }

    @GetMapping(EventRoutes.CALENDAR + "/{id}.ics")
    ResponseEntity<String> ics(@PathVariable long id, Authentication viewer, Locale locale) {
        Event event = visible(id, viewer);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("evenemang-" + id + ".ics")
                                .build()
                                .toString())
                .body(calendars.write(List.of(event)));
    }

    @PostMapping(EventRoutes.CALENDAR + "/{id}/anmal")
    @PreAuthorize("isAuthenticated()")
    String register(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInPerson person,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = visible(id, viewer);
        Errors errors = new MapBindingResult(new HashMap<>(form), "form");
        Map<String, String> answered = questions.check(event, form, errors);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return page(event, viewer, locale, model, form, errors);
        }
        Registrations.Outcome outcome = registrations.registerMember(id, person.personId(), answered);
        switch (outcome.status()) {
            case CONFIRMED -> Flash.message(redirect, "events.registered");
            case WAITING -> Flash.message(redirect, "events.waiting", outcome.waitingPosition());
            default -> Flash.message(redirect, "events.registered.already");
        }
        return "redirect:" + EventRoutes.event(id);
    }

    @PostMapping(EventRoutes.CALENDAR + "/{id}/avboka")
    @PreAuthorize("isAuthenticated()")
    String cancel(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        Registration registration = events.registrationOf(id, person.personId(), null)
                .filter(found -> found.status().active())
                .orElseThrow(() -> Refused.notNow("events.registration.not-active"));
        registrations.cancel(registration.id());
        Flash.message(redirect, "events.cancelled.own");
        return "redirect:" + EventRoutes.event(id);
    }

    @PostMapping(EventRoutes.CALENDAR + "/{id}/ta-platsen")
    @PreAuthorize("isAuthenticated()")
    String acceptOffer(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        Registration registration = events.registrationOf(id, person.personId(), null)
                .orElseThrow(() -> Refused.notNow("events.offer.gone"));
        registrations.acceptOffer(registration.id());
        Flash.message(redirect, "events.registered");
        return "redirect:" + EventRoutes.event(id);
    }

    @GetMapping(EventRoutes.MINE)
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute(
                "mine",
                events.registrationsOf(person.personId()).stream()
                        .map(registration -> {
                            Event event = events.byId(registration.eventId()).orElseThrow();
                            return new MyRegistration(
                                    views.card(event, locale),
                                    registration,
                                    event.plan().endsAt().isBefore(clock.instant()));
                        })
                        .toList());
        return "events/mine";
    }

    /**
     * The page a mailed cancellation link opens: it asks, and only its form cancels, so a mail scanner
     * that follows links cancels nothing.
     */
    @GetMapping(EventRoutes.CALENDAR + "/avboka/{token}")
    String cancelLink(@PathVariable String token, Locale locale, Model model) {
        Registration registration = events.registrationByCancelToken(token).orElseThrow(Refused::notFound);
        model.addAttribute(
                "view", views.card(events.byId(registration.eventId()).orElseThrow(), locale));
        model.addAttribute("active", registration.status().active());
        model.addAttribute("offered", registration.status() == RegistrationStatus.OFFERED);
        model.addAttribute("token", token);
        return "events/cancel";
    }

    @PostMapping(EventRoutes.CALENDAR + "/avboka/{token}")
    String cancelByLink(@PathVariable String token, RedirectAttributes redirect) {
        Registration registration = registrations.cancelByLink(token);
        Flash.message(redirect, "events.cancelled.own");
        return "redirect:" + EventRoutes.event(registration.eventId());
    }

    /** schema.org {@code Event}: when, where (a place, online, or both), and whether it still takes place. */
    private String jsonLd(EventView view) {
        var plan = view.plan();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("@id", settings.link(EventRoutes.event(view.id())));
        data.put("url", settings.link(EventRoutes.event(view.id())));
        data.put("name", plan.title());
        data.put("description", plan.summary());
        data.put(
                "startDate",
                plan.startsAt().atZone(settings.zone()).toOffsetDateTime().toString());
        data.put(
                "endDate",
                plan.endsAt().atZone(settings.zone()).toOffsetDateTime().toString());
        data.put("inLanguage", plan.language());
        data.put("eventStatus", "https://schema.org/EventScheduled");
        data.put(
                "eventAttendanceMode",
                view.place() != null && view.online()
                        ? "https://schema.org/MixedEventAttendanceMode"
                        : view.online()
                                ? "https://schema.org/OnlineEventAttendanceMode"
                                : "https://schema.org/OfflineEventAttendanceMode");
        // The online link is for participants only, so the data names the meeting place without it.
        data.put(
                "location",
                view.place() != null
                        ? Map.of(
                                "@type",
                                "Place",
                                "name",
                                plan.venueAddress(),
                                "address",
                                Map.of("@type", "PostalAddress", "streetAddress", view.place(), "addressCountry", "SE"))
                        : Map.of("@type", "VirtualLocation", "url", settings.link(EventRoutes.event(view.id()))));
        return JsonLd.forScript(data);
    }
}
