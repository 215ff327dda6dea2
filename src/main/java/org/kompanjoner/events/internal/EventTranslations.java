package org.kompanjoner.events.internal;

import java.util.Map;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.TranslationTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events' title, summary and programme in other languages than their own, written by their organisers
 * or staff (who may check this before calling {@link #save}).
 */
@Repository
public class EventTranslations {

    private final TranslationTable table;

    EventTranslations(JdbcClient jdbc) {
        this.table = new TranslationTable(jdbc, "events_translation", "event_id");
    }

    /** The event with its translation into {@code reader}'s language, when there is one. */
    public Translated<TextFields> forReader(Event event, String reader) {
        return table.forReader(event.id(), event.plan().language(), event.plan().texts(), reader);
    }

    public Map<String, Translated.Translation<TextFields>> of(long eventId) {
        return table.of(eventId);
    }

    @Transactional
    public void save(long eventId, String language, TextFields fields, boolean machine) {
        table.save(eventId, language, fields, machine);
    }

    @Transactional
    public boolean remove(long eventId, String language) {
        return table.remove(eventId, language);
    }
}
