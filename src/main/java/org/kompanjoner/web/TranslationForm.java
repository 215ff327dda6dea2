package org.kompanjoner.web;

import java.util.HashMap;
import java.util.Map;
import org.kompanjoner.shared.Text;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * A translation of a piece of content as its form sends it: the language and the translated title,
 * summary and text. {@code machine} is set when a machine filled the fields; the translation stays marked
 * as the machine's until a person ticks {@code checked}, saying they have read and corrected it.
 */
public record TranslationForm(
        String language, String title, String summary, String text, Boolean machine, Boolean checked) {

    /** How long each field may be, the same limits as the module's original. */
    public record Limits(int title, int summary, int text) {}

    public TranslationForm {
        language = language == null ? "" : language.strip();
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
        // Unticked boxes and hidden fields left out are sent as nothing at all.
        machine = machine != null && machine;
        checked = checked != null && checked;
    }

    public static TranslationForm empty(String language) {
        return new TranslationForm(language, "", "", "", false, false);
    }

    /** The form for changing a saved translation. */
    public static TranslationForm of(String language, Translated.Translation<TextFields> saved) {
        TextFields fields = saved.content();
        return new TranslationForm(language, fields.title(), fields.summary(), fields.text(), saved.machine(), false);
    }

    /** The fields filled by a machine from the original, marked as its work. */
    public TranslationForm byMachine(TextFields translated) {
        return new TranslationForm(language, translated.title(), translated.summary(), translated.text(), true, false);
    }

    /** The translated fields as they are kept: without invisible control characters, trimmed. */
    public TextFields fields() {
        return new TextFields(
                Text.clean(title).strip(),
                Text.clean(summary).strip(),
                Text.clean(text).strip());
    }

    /** Whether what is saved counts as the machine's: filled by one and not confirmed by a person. */
    public boolean madeByMachine() {
        return machine && !checked;
    }

    /**
     * The form's problems: a language that is not shipped or is the original's own, an empty title, a
     * field over its limit. No problem when the result has no errors.
     */
    public Errors check(String originalLanguage, Limits limits) {
        Map<String, Object> values = new HashMap<>();
        values.put("language", language);
        values.put("title", title);
        values.put("summary", summary);
        values.put("text", text);
        Errors errors = new MapBindingResult(values, "form");
        if (!Languages.shipped(language)) {
            errors.rejectValue("language", "web.translation.language.unknown");
        } else if (language.equals(originalLanguage)) {
            errors.rejectValue("language", "web.translation.language.original");
        }
        TextFields fields = fields();
        if (fields.title().isEmpty()) {
            errors.rejectValue("title", "web.translation.title.required");
        } else if (fields.title().length() > limits.title()) {
            errors.rejectValue("title", "web.translation.too-long", new Object[] {limits.title()}, null);
        }
        if (fields.summary().length() > limits.summary()) {
            errors.rejectValue("summary", "web.translation.too-long", new Object[] {limits.summary()}, null);
        }
        if (fields.text().length() > limits.text()) {
            errors.rejectValue("text", "web.translation.too-long", new Object[] {limits.text()}, null);
        }
        return errors;
    }
}
