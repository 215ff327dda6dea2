package org.kompanjoner.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The translations of one module's content, in that module's own table: one row per entry and language
 * with the translated title, summary and text, and whether a machine made them. Each module creates one
 * for its table, which its own migration makes with the columns {@code language}, {@code title},
 * {@code summary}, {@code body}, {@code machine} and {@code updated_at} beside the entry's id.
 */
public class TranslationTable {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final String table;
    private final String key;

    /**
     * @param table the module's table (a fixed name: it is written into the statements)
     * @param key the column holding the translated entry's id
     */
    public TranslationTable(JdbcClient jdbc, String table, String key) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("A table and a column are plain names");
        }
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
    }

    /** Every translation of the entry, by language code. */
    public Map<String, Translated.Translation<TextFields>> of(long id) {
        Map<String, Translated.Translation<TextFields>> translations = new LinkedHashMap<>();
        jdbc.sql("select language, title, summary, body, machine from " + table + " where " + key
                        + " = ? order by language")
                .param(id)
                .query(rs -> {
                    translations.put(
                            rs.getString("language"),
                            new Translated.Translation<>(
                                    new TextFields(
                                            rs.getString("title"), rs.getString("summary"), rs.getString("body")),
                                    rs.getBoolean("machine")));
                });
        return translations;
    }

    /** The entry's translation into {@code language}, if it has one. */
    public Optional<Translated.Translation<TextFields>> in(long id, String language) {
        return jdbc.sql("select title, summary, body, machine from " + table + " where " + key
                        + " = ? and language = ?")
                .params(id, language)
                .query((rs, row) -> new Translated.Translation<>(
                        new TextFields(rs.getString("title"), rs.getString("summary"), rs.getString("body")),
                        rs.getBoolean("machine")))
                .optional();
    }

    /** The content with every translation it has. */
    public Translated<TextFields> translated(long id, String originalLanguage, TextFields original) {
        return new Translated<>(originalLanguage, original, of(id));
    }

    /**
     * The content with its translation into the reader's language, when it has one: all a page or a list
     * needs, read with one small query, or none when the reader reads the original's language.
     */
    public Translated<TextFields> forReader(long id, String originalLanguage, TextFields original, String reader) {
        if (reader.equals(originalLanguage)) {
            return Translated.only(originalLanguage, original);
        }
        return in(id, reader)
                .map(translation -> new Translated<>(originalLanguage, original, Map.of(reader, translation)))
                .orElseGet(() -> Translated.only(originalLanguage, original));
    }

    /**
     * Saves the translation into {@code language}, replacing the one there was. The row is made when
     * missing and then written, so that two saves at once (a double click) both succeed, the later last;
     * {@code on conflict do nothing} is understood by PostgreSQL and by H2 in its PostgreSQL mode.
     */
    public void save(long id, String language, TextFields fields, boolean machine) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into " + table + " (" + key
                        + ", language, title, summary, body, machine, updated_at) values (?, ?, '', '', '', ?, ?)"
                        + " on conflict do nothing")
                .params(id, language, machine, now)
                .update();
        jdbc.sql("update " + table + " set title = ?, summary = ?, body = ?, machine = ?, updated_at = ? where " + key
                        + " = ? and language = ?")
                .params(fields.title(), fields.summary(), fields.text(), machine, now, id, language)
                .update();
    }

    /** Removes the translation into {@code language}; false when there was none. */
    public boolean remove(long id, String language) {
        return jdbc.sql("delete from " + table + " where " + key + " = ? and language = ?")
                        .params(id, language)
                        .update()
                > 0;
    }
}
