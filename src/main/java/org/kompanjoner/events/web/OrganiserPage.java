package org.kompanjoner.events.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.events.internal.Answers;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.events.internal.Materials;
import org.kompanjoner.events.internal.Organisers;
import org.kompanjoner.events.internal.Outcomes;
import org.kompanjoner.events.internal.Questions;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * The organisers' page of one event: its participants with their answers, attendance, the waiting list,
 * materials, co-organisers and outcomes. Each of its forms shows the page again when what was sent is
 * refused.
 */
@Component
class OrganiserPage {

    private final JdbcEvents events;
    private final Outcomes outcomes;
    private final Answers answers;
    private final Materials materials;
    private final Organisers organisers;
    private final Organisations organisations;
    private final People people;
    private final EventViews views;
    private final Choices choices;
    private final Clock clock;

    OrganiserPage(
            JdbcEvents events,
            Outcomes outcomes,
            Answers answers,
            Materials materials,
            Organisers organisers,
            Organisations organisations,
            People people,
            EventViews views,
            Choices choices,
            Clock clock) {
        this.events = events;
        this.outcomes = outcomes;
        this.answers = answers;
        this.materials = materials;
        this.organisers = organisers;
        this.organisations = organisations;
        this.people = people;
        this.views = views;
        this.choices = choices;
        this.clock = clock;
    }

    /** The page; {@code typed} the outcome as just sent, if it was refused; {@code errors} its problems. */
    String render(Event event, Locale locale, Model model, Outcomes.Outcome typed, Errors errors) {
        List<Participant> participants = participants(event.id());
        model.addAttribute("view", views.page(event, locale, true));
        model.addAttribute("participants", participants);
        model.addAttribute("ended", event.plan().endsAt().isBefore(clock.instant()));
        model.addAttribute(
                "outcome",
                typed != null
                        ? typed
                        : outcomes.of(event.id())
                                .orElse(new Outcomes.Outcome("", "", "", sectorsPresent(participants), null)));
        model.addAttribute("questions", event.plan().questions());
        model.addAttribute("purgedAt", answers.purgedAt(event.id()).orElse(null));
        model.addAttribute("keptDays", answers.keptFor().toDays());
        model.addAttribute("materials", materials.of(event.id()));
        model.addAttribute(
                "organisers",
                organisers.people(event.id()).stream()
                        .map(people::find)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute(
                "organisations",
                organisers.organisations(event.id()).stream()
                        .map(organisations::find)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute("sectors", choices.of(TermKind.SECTOR, locale));
        model.addAttribute("formErrors", errors);
        return "events/participants";
    }

    /**
     * The page again, status 400, with {@code messageKey} beside {@code field} of one of its forms, and
     * that form's fields as they were {@code typed}.
     */
    String refused(
            Event event,
            Map<String, String> typed,
            String field,
            String messageKey,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("typed", typed);
        return render(
                event, locale, model, null, FormErrors.rejected(field, typed.getOrDefault(field, ""), messageKey));
    }

    /** Everyone registered, in line or gone, with their names and answers. */
    List<Participant> participants(long eventId) {
        Map<Long, Map<String, String>> answered = answers.ofEvent(eventId);
        return events.registrations(eventId).stream()
                .map(registration -> {
                    Map<String, String> given = answered.getOrDefault(registration.id(), Map.of());
                    if (registration.personId() == null) {
                        return new Participant(
                                registration, registration.guestName(), registration.guestEmail(), given);
                    }
                    PersonSummary found = people.find(registration.personId()).orElse(null);
                    return found == null
                            ? new Participant(registration, "–", "", given)
                            : new Participant(registration, found.displayName(), found.email(), given);
                })
                .toList();
    }

    /**
     * How many of those marked present come from each sector, by their own answer: what the outcome form
     * offers before the organiser has counted.
     */
    private static Map<String, Integer> sectorsPresent(List<Participant> participants) {
        Map<String, Integer> sectors = new TreeMap<>();
        for (Participant participant : participants) {
            String sector = participant.answer(Questions.Question.SECTOR.name());
            if (participant.registration().attended() && !sector.isEmpty()) {
                sectors.merge(sector, 1, Integer::sum);
            }
        }
        return sectors;
    }
}
