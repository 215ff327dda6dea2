package org.kompanjoner.listings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.ListingTranslations;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.Languages;
import org.kompanjoner.web.SignedInPerson;
import org.kompanjoner.web.TranslationForm;
import org.kompanjoner.web.TranslationPages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A listing's title, summary and description in other languages, written by its owner or by staff. */
@Controller
@PreAuthorize("isAuthenticated()")
class ListingTranslationController {

    static final TranslationForm.Limits LIMITS =
            new TranslationForm.Limits(ListingForm.MAX_TITLE, ListingForm.MAX_SUMMARY, ListingForm.MAX_DESCRIPTION);

    private final JdbcListings listings;
    private final ListingTranslations translations;
    private final Postings postings;
    private final TranslationPages pages;
    private final MessageSource messages;

    ListingTranslationController(
            JdbcListings listings,
            ListingTranslations translations,
            Postings postings,
            TranslationPages pages,
            MessageSource messages) {
        this.listings = listings;
        this.translations = translations;
        this.postings = postings;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping(ListingRoutes.LISTINGS + "/{id}/oversattning")
    String form(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String language,
            Authentication viewer,
            Locale locale,
            Model model) {
        Listing listing = translatable(id, viewer);
        Map<String, Translated.Translation<TextFields>> saved = translations.of(id);
        String chosen = language.isEmpty() ? firstMissing(listing, saved) : language;
        TranslationForm form = saved.containsKey(chosen)
                ? TranslationForm.of(chosen, saved.get(chosen))
                : TranslationForm.empty(chosen);
        return page(model, listing, saved, form, null, null, 200, locale);
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/oversattning")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") TranslationForm form,
            @RequestParam(defaultValue = "save") String action,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Listing listing = translatable(id, viewer);
        var outcome = pages.posted(
                form, action, listing.content().language(), listing.content().texts(), LIMITS);
        if (outcome instanceof TranslationPages.Again again) {
            response.setStatus(again.status());
            return page(
                    model,
                    listing,
                    translations.of(id),
                    again.form(),
                    again.errors(),
                    again.problemKey(),
                    again.status(),
                    locale);
        }
        var save = (TranslationPages.Save) outcome;
        ListingState after;
        try {
            after = postings.translate(
                    id,
                    save.language(),
                    save.fields(),
                    save.machine(),
                    SignedInPerson.of(viewer).personId(),
                    SignedInPerson.staff(viewer));
        } catch (Refused refused) {
            if (refused.why() == Refused.Why.NOT_YOURS) {
                throw refused;
            }
            response.setStatus(400);
            Errors errors = FormErrors.rejected("text", form.text(), refused.messageKey(), refused.arguments());
            return page(model, listing, translations.of(id), form, errors, null, 400, locale);
        }
        Flash.message(
                redirect,
                after == ListingState.PENDING_REVIEW && listing.state() == ListingState.PUBLISHED
                        ? "listings.saved.review"
                        : "web.translation.saved");
        return "redirect:" + ListingRoutes.listing(id);
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/oversattning/ta-bort")
    String remove(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String language,
            Authentication viewer,
            RedirectAttributes redirect) {
        translatable(id, viewer);
        if (!Languages.shipped(language)) {
            throw new Refused("web.translation.language.unknown");
        }
        postings.removeTranslation(id, language, SignedInPerson.of(viewer).personId(), SignedInPerson.staff(viewer));
        Flash.message(redirect, "web.translation.removed");
        return "redirect:" + ListingRoutes.listing(id);
    }

    private String page(
            Model model,
            Listing listing,
            Map<String, Translated.Translation<TextFields>> saved,
            TranslationForm form,
            Errors errors,
            String problemKey,
            int status,
            Locale locale) {
        pages.show(model, form, errors, problemKey, listing.content().language(), saved.keySet(), locale);
        model.addAttribute(
                "heading",
                messages.getMessage(
                        "web.translation.heading",
                        new Object[] {listing.content().title()},
                        locale));
        model.addAttribute("original", listing.content().texts());
        model.addAttribute("originalLanguage", listing.content().language());
        model.addAttribute("status", status);
        model.addAttribute("action", ListingRoutes.translation(listing.id()));
        model.addAttribute("back", ListingRoutes.listing(listing.id()));
        model.addAttribute("textLabel", messages.getMessage("listings.field.description", null, locale));
        return "layout/translation-page";
    }

    private static String firstMissing(Listing listing, Map<String, Translated.Translation<TextFields>> saved) {
        return TranslationPages.languagesBesides(listing.content().language()).stream()
                .filter(code -> !saved.containsKey(code))
                .findFirst()
                .orElse("");
    }

    /** The listing, when the viewer may translate it: its owner or staff; anyone else is refused with 403. */
    private Listing translatable(long id, Authentication viewer) {
        Listing listing = listings.byId(id).orElseThrow(Refused::notFound);
        SignedInPerson person = SignedInPerson.of(viewer);
        if (person == null || !(listing.ownedBy(person.personId()) || SignedInPerson.staff(viewer))) {
            throw Refused.notYours("Not the owner");
        }
        if (!listing.state().open()) {
            throw Refused.notNow("listings.closed");
        }
        return listing;
    }
}
