package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The translation form of one kind of content, the same for every module: a module's controller extends
 * it under its own address ({@code @RequestMapping("/annonser/{id}/oversattning")}) and says who may
 * translate an entry, how its original reads and how a translation is saved under the module's own
 * rules. The form is at the address itself ({@code ?language=en} to change a translation), and removing
 * one is a POST to its {@code /ta-bort}.
 *
 * @param <T> the module's own entry (a listing, an initiative, an event)
 */
public abstract class TranslationController<T> {

    private final TranslationPages pages;
    private final MessageSource messages;
    private final TranslationForm.Limits limits;

    protected TranslationController(TranslationPages pages, MessageSource messages, TranslationForm.Limits limits) {
        this.pages = pages;
        this.messages = messages;
        this.limits = limits;
    }

    /** The entry, when the viewer may translate it now; refused otherwise (403 for another member). */
    protected abstract T translatable(long id, Authentication viewer);

    protected abstract String originalLanguage(T entry);

    protected abstract TextFields original(T entry);

    protected abstract Map<String, Translated.Translation<TextFields>> translations(T entry);

    /**
     * Saves a checked translation under the module's rules and gives the message key of what became of
     * it; a {@link Refused} for a rule (too many links) shows the form again with its message.
     */
    protected abstract String save(T entry, TranslationPages.Save translation, Authentication viewer);

    protected abstract void remove(T entry, String language, Authentication viewer);

    /** The entry's own page, where the form leads back to. */
    protected abstract String pageOf(T entry);

    /** The form's own address. */
    protected abstract String formOf(T entry);

    /** The message key of the long text's label (description, programme). */
    protected abstract String textLabelKey();

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public String form(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String language,
            Authentication viewer,
            Locale locale,
            Model model) {
        T entry = translatable(id, viewer);
        Map<String, Translated.Translation<TextFields>> saved = translations(entry);
        String chosen = language.isEmpty()
                ? TranslationPages.languagesBesides(originalLanguage(entry)).stream()
                        .filter(code -> !saved.containsKey(code))
                        .findFirst()
                        .orElse("")
                : language;
        TranslationForm form = saved.containsKey(chosen)
                ? TranslationForm.of(chosen, saved.get(chosen))
                : TranslationForm.empty(chosen);
        return page(model, entry, form, null, null, 200, locale);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    public String save(
            @PathVariable long id,
            @ModelAttribute("form") TranslationForm form,
            @RequestParam(defaultValue = "save") String action,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        T entry = translatable(id, viewer);
        var outcome = pages.posted(form, action, originalLanguage(entry), original(entry), limits);
        if (outcome instanceof TranslationPages.Again again) {
            response.setStatus(again.status());
            return page(model, entry, again.form(), again.errors(), again.problemKey(), again.status(), locale);
        }
        String saved;
        try {
            saved = save(entry, (TranslationPages.Save) outcome, viewer);
        } catch (Refused refused) {
            if (refused.why() != Refused.Why.RULE) {
                throw refused;
            }
            response.setStatus(400);
            Errors errors = FormErrors.rejected("text", form.text(), refused.messageKey(), refused.arguments());
            return page(model, entry, form, errors, null, 400, locale);
        }
        Flash.message(redirect, saved);
        return "redirect:" + pageOf(entry);
    }

    @PostMapping("/ta-bort")
    @PreAuthorize("isAuthenticated()")
    public String remove(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String language,
            Authentication viewer,
            RedirectAttributes redirect) {
        T entry = translatable(id, viewer);
        if (!Languages.shipped(language)) {
            throw new Refused("web.translation.language.unknown");
        }
        remove(entry, language, viewer);
        Flash.message(redirect, "web.translation.removed");
        return "redirect:" + pageOf(entry);
    }

    private String page(
            Model model, T entry, TranslationForm form, Errors errors, String problemKey, int status, Locale locale) {
        pages.show(
                model,
                form,
                errors,
                problemKey,
                originalLanguage(entry),
                translations(entry).keySet(),
                locale);
        model.addAttribute(
                "heading",
                messages.getMessage(
                        "web.translation.heading", new Object[] {original(entry).title()}, locale));
        model.addAttribute("original", original(entry));
        model.addAttribute("originalLanguage", originalLanguage(entry));
        model.addAttribute("status", status);
        model.addAttribute("action", formOf(entry));
        model.addAttribute("back", pageOf(entry));
        model.addAttribute("textLabel", messages.getMessage(textLabelKey(), null, locale));
        return "layout/translation-page";
    }
}
