package org.kompanjoner.initiatives.web;

import java.util.Map;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.internal.ContentRules;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.InitiativeTranslations;
import org.kompanjoner.initiatives.internal.Inventory;
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

/** An initiative's name, summary and description in other languages, written by an owner or by staff. */
@Controller
@RequestMapping(InitiativeRoutes.INITIATIVES + "/{id}/oversattning")
class InitiativeTranslationController extends TranslationController<Initiative> {

    static final TranslationForm.Limits LIMITS =
            new TranslationForm.Limits(ContentRules.MAX_NAME, ContentRules.MAX_SUMMARY, ContentRules.MAX_DESCRIPTION);

    private final Inventory inventory;
    private final InitiativeTranslations translations;

    InitiativeTranslationController(
            Inventory inventory, InitiativeTranslations translations, TranslationPages pages, MessageSource messages) {
        super(pages, messages, LIMITS);
        this.inventory = inventory;
        this.translations = translations;
    }

    @Override
    protected Initiative translatable(long id, Authentication viewer) {
        SignedInPerson person = SignedInPerson.of(viewer);
        if (person == null) {
            throw Refused.notYours("Not signed in");
        }
        return inventory.translatable(id, person.personId(), SignedInPerson.staff(viewer));
    }

    @Override
    protected String originalLanguage(Initiative initiative) {
        return initiative.content().language();
    }

    @Override
    protected TextFields original(Initiative initiative) {
        return initiative.content().texts();
    }

    @Override
    protected Map<String, Translated.Translation<TextFields>> translations(Initiative initiative) {
        return translations.of(initiative.id());
    }

    @Override
    protected String save(Initiative initiative, TranslationPages.Save translation, Authentication viewer) {
        inventory.translate(
                initiative.id(),
                translation.language(),
                translation.fields(),
                translation.machine(),
                SignedInPerson.of(viewer).personId(),
                SignedInPerson.staff(viewer));
        return "web.translation.saved";
    }

    @Override
    protected void remove(Initiative initiative, String language, Authentication viewer) {
        inventory.removeTranslation(
                initiative.id(), language, SignedInPerson.of(viewer).personId(), SignedInPerson.staff(viewer));
    }

    @Override
    protected String pageOf(Initiative initiative) {
        return InitiativeRoutes.initiative(initiative.id());
    }

    @Override
    protected String formOf(Initiative initiative) {
        return InitiativeRoutes.translation(initiative.id());
    }

    @Override
    protected String textLabelKey() {
        return "initiatives.field.description";
    }
}
