package org.kompanjoner.events.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.EventTranslations;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
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
    private final EventTranslations translations;

    EventViews(
            JdbcEvents events,
            Taxonomy taxonomy,
            Choices choices,
            Markdown markdown,
            Settings settings,
            EventTranslations translations) {
        this.translations = translations;
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
        return view(event, locale, false, false, new Labels());
    }

    /** A list's cards, each place and challenge named once for the whole list. */
    List<EventView> cards(List<Event> list, Locale locale) {
        Labels labels = new Labels();
        return list.stream()
                .map(event -> view(event, locale, false, false, labels))
                .toList();
    }

    /** Names already looked up while making one page: the vocabularies are read once a name, not once an entry. */
    private static final class Labels {
        final Map<String, String> places = new HashMap<>();
        final Map<String, String> challenges = new HashMap<>();
    }

    /** For the event's page; {@code seated} shows the online link. */
    EventView page(Event event, Locale locale, boolean seated) {
        return view(event, locale, true, seated, new Labels());
    }

    private EventView view(Event event, Locale locale, boolean whole, boolean seated, Labels labels) {
        var plan = event.plan();
        String place = plan.venueAddress() == null
                ? null
                : plan.municipality() == null
                        ? plan.venueAddress()
                        : plan.venueAddress() + ", "
                                + labels.places.computeIfAbsent(
                                        plan.municipality(), code -> choices.place(code, locale));
        Integer capacity = plan.capacity();
        Translated.Shown<TextFields> shown =
                translations.forReader(event, locale.getLanguage()).in(locale);
        return new EventView(
                event,
                shown,
                when(event),
                place,
                plan.challenges().stream()
                        .map(code -> labels.challenges.computeIfAbsent(
                                code, key -> key + ". " + taxonomy.label(TermKind.CHALLENGE, key, locale)))
                        .toList(),
                whole ? markdown.content(shown.content().text()) : null,
                whole && capacity != null ? Math.max(0, capacity - events.seatsTakenNow(event.id())) : null,
                plan.onlineLink() != null,
                seated ? plan.onlineLink() : null);
    }
}
