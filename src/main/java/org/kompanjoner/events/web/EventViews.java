package org.kompanjoner.events.web;

import java.util.Locale;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Markdown;
import org.springframework.stereotype.Component;

/** Makes events into what pages show. */
@Component
class EventViews {

    private final JdbcEvents events;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final Markdown markdown;
    private final Settings settings;

    EventViews(JdbcEvents events, Taxonomy taxonomy, Choices choices, Markdown markdown, Settings settings) {
        this.events = events;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.markdown = markdown;
        this.settings = settings;
    }

    String when(Event event) {
        return event.when(settings.zone());
    }

    /** For a list: no programme, no seat count. */
    EventView card(Event event, Locale locale) {
        return view(event, locale, false, false);
    }

    /** For the event's page; {@code seated} shows the online link. */
    EventView page(Event event, Locale locale, boolean seated) {
        return view(event, locale, true, seated);
    }

    private EventView view(Event event, Locale locale, boolean whole, boolean seated) {
        var plan = event.plan();
        String place = plan.venueAddress() == null
                ? null
                : plan.municipality() == null
                        ? plan.venueAddress()
                        : plan.venueAddress() + ", " + choices.place(plan.municipality(), locale);
        Integer capacity = plan.capacity();
        return new EventView(
                event,
                when(event),
                place,
                plan.challenges().stream()
                        .map(code -> code + ". " + taxonomy.label(TermKind.CHALLENGE, code, locale))
                        .toList(),
                whole ? markdown.content(plan.programme()) : null,
                whole && capacity != null ? Math.max(0, capacity - events.seatsTakenNow(event.id())) : null,
                plan.onlineLink() != null,
                seated ? plan.onlineLink() : null);
    }
}
