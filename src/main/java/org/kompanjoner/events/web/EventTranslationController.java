package org.kompanjoner.events.web;

import java.util.Map;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.EventTranslations;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.SignedInPerson;
import org.kompanjoner.web.TranslationController;
import org.kompanjoner.web.TranslationForm;
import org.kompanjoner.web.TranslationPages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An event's title, summary and programme in other languages, written by its organisers or by staff.
 * Organisers write the original without a review, so their translations need none either; the
 * programme's Markdown is sanitised like the original's.
 */
@Controller
@RequestMapping(EventRoutes.CALENDAR + "/{id}/oversattning")
class EventTranslationController extends TranslationController<Event> {

    static final TranslationForm.Limits LIMITS =
            new TranslationForm.Limits(EventForm.MAX_TITLE, EventForm.MAX_SUMMARY, EventForm.MAX_PROGRAMME);

    private final JdbcEvents events;
    private final EventTranslations translations;

    EventTranslationController(
            JdbcEvents events, EventTranslations translations, TranslationPages pages, MessageSource messages) {
        super(pages, messages, LIMITS);
        this.events = events;
        this.translations = translations;
    }

    /** The event, when the viewer organises it or is staff; anyone else is refused with 403. */
    @Override
    protected Event translatable(long id, Authentication viewer) {
        Event event = events.byId(id).orElseThrow(Refused::notFound);
        SignedInPerson person = SignedInPerson.of(viewer);
        if (person == null || !(SignedInPerson.staff(viewer) || events.organises(id, person.personId()))) {
            throw Refused.notYours("Not an organiser of event " + id);
        }
        return event;
    }

    @Override
    protected String originalLanguage(Event event) {
        return event.plan().language();
    }

    @Override
    protected TextFields original(Event event) {
        return event.plan().texts();
    }

    @Override
    protected Map<String, Translated.Translation<TextFields>> translations(Event event) {
        return translations.of(event.id());
    }

    @Override
    protected String save(Event event, TranslationPages.Save translation, Authentication viewer) {
        translations.save(event.id(), translation.language(), translation.fields(), translation.machine());
        return "web.translation.saved";
    }

    @Override
    protected void remove(Event event, String language, Authentication viewer) {
        translations.remove(event.id(), language);
    }

    @Override
    protected String pageOf(Event event) {
        return EventRoutes.event(event.id());
    }

    @Override
    protected String formOf(Event event) {
        return EventRoutes.translation(event.id());
    }

    @Override
    protected String textLabelKey() {
        return "events.field.programme";
    }
}
