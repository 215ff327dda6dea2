package org.kompanjoner.initiatives.internal;

import java.util.Map;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.TranslationTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Initiatives' name, summary and description in other languages than their own. */
@Repository
public class InitiativeTranslations {

    private final TranslationTable table;

    InitiativeTranslations(JdbcClient jdbc) {
        this.table = new TranslationTable(jdbc, "initiatives_translation", "initiative_id");
    }

    /** The initiative with its translation into {@code reader}'s language, when there is one. */
    public Translated<TextFields> forReader(Initiative initiative, String reader) {
        return table.forReader(
                initiative.id(),
                initiative.content().language(),
                initiative.content().texts(),
                reader);
    }

    public Map<String, Translated.Translation<TextFields>> of(long initiativeId) {
        return table.of(initiativeId);
    }

    void save(long initiativeId, String language, TextFields fields, boolean machine) {
        table.save(initiativeId, language, fields, machine);
    }

    boolean remove(long initiativeId, String language) {
        return table.remove(initiativeId, language);
    }
}
