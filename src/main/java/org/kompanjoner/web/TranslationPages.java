package org.kompanjoner.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kompanjoner.shared.TextFields;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What every module's translation form does alike: checks what was sent, fills the fields by machine
 * when asked (and a machine is configured), and hands the page its parts. The module decides who may
 * translate, saves the translation in its own table and applies its own rules to the text.
 */
@Component
public class TranslationPages {

    /** The value of the form's button that asks the machine to fill the fields. */
    public static final String MACHINE = "machine";

    private final MachineTranslation machine;
    private final MessageSource messages;

    TranslationPages(MachineTranslation machine, MessageSource messages) {
        this.machine = machine;
        this.messages = messages;
    }

    /** What became of a sent form. */
    public sealed interface Outcome permits Save, Again {}

    /** Checked: the module saves {@code fields} in {@code language}, marked as machine-made or not. */
    public record Save(String language, TextFields fields, boolean machine) implements Outcome {}

    /**
     * The form shown again: with its problems ({@code status} 400), filled by the machine (200), or with a
     * message that the machine did not answer ({@code problemKey}, 503).
     */
    public record Again(TranslationForm form, Errors errors, String problemKey, int status) implements Outcome {}

    /**
     * The outcome of a sent form: {@code action} is {@link #MACHINE} when the person asked the machine to
     * fill it from {@code original}.
     */
    public Outcome posted(
            TranslationForm form,
            String action,
            String originalLanguage,
            TextFields original,
            TranslationForm.Limits limits) {
        if (MACHINE.equals(action)) {
            return byMachine(form, originalLanguage, original);
        }
        Errors errors = form.check(originalLanguage, limits);
        if (errors.hasErrors()) {
            return new Again(form, errors, null, 400);
        }
        return new Save(form.language(), form.fields(), form.madeByMachine());
    }

    private Again byMachine(TranslationForm form, String originalLanguage, TextFields original) {
        Errors errors = form.check(
                originalLanguage, new TranslationForm.Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
        if (errors.hasFieldErrors("language")) {
            return new Again(
                    form,
                    FormErrors.rejected(
                            "language",
                            form.language(),
                            errors.getFieldError("language").getCode()),
                    null,
                    400);
        }
        if (!machine.available()) {
            return new Again(form, null, "web.translation.machine.off", 400);
        }
        Optional<String> title = machine.translate(original.title(), originalLanguage, form.language());
        Optional<String> summary =
                title.flatMap(done -> machine.translate(original.summary(), originalLanguage, form.language()));
        Optional<String> text =
                summary.flatMap(done -> machine.translate(original.text(), originalLanguage, form.language()));
        if (text.isEmpty()) {
            return new Again(form, null, "web.translation.machine.failed", 503);
        }
        return new Again(
                form.byMachine(new TextFields(title.get(), summary.get(), text.get())),
                null,
                "web.translation.machine.filled",
                200);
    }

    /**
     * Puts on {@code model} what the shared form needs: the form, its problems in the reader's language,
     * the languages it may be translated into and whether the machine button is shown.
     */
    public void show(
            Model model,
            TranslationForm form,
            Errors errors,
            String problemKey,
            String originalLanguage,
            Set<String> translated,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(errors, messages, locale));
        model.addAttribute("problemKey", problemKey);
        model.addAttribute("languages", languagesBesides(originalLanguage));
        model.addAttribute("translated", translated);
        model.addAttribute("machineAvailable", machine.available());
    }

    /** The shipped languages other than the original's: what it can be translated into. */
    public static List<String> languagesBesides(String originalLanguage) {
        return Languages.codes().stream()
                .filter(code -> !code.equals(originalLanguage))
                .toList();
    }
}
