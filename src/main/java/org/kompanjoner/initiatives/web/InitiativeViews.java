package org.kompanjoner.initiatives.web;

import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.InitiativeContent;
import org.kompanjoner.initiatives.internal.InitiativeTranslations;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Markdown;
import org.springframework.stereotype.Component;

/** Turns initiatives into what a page shows of them, the same on every page that lists them. */
@Component
class InitiativeViews {

    private final Organisations organisations;
    private final People people;
    private final Taxonomy taxonomy;
    private final Markdown markdown;
    private final Settings settings;
    private final InitiativeTranslations translations;

    InitiativeViews(
            Organisations organisations,
            People people,
            Taxonomy taxonomy,
            Markdown markdown,
            Settings settings,
            InitiativeTranslations translations) {
        this.translations = translations;
        this.organisations = organisations;
        this.people = people;
        this.taxonomy = taxonomy;
        this.markdown = markdown;
        this.settings = settings;
    }

    /** What a list shows of each entry: no texts rendered, no people looked up, the vocabularies read once. */
    List<InitiativeView> cards(List<Initiative> initiatives, Locale locale) {
        if (initiatives.isEmpty()) {
            return List.of();
        }
        Vocabulary vocabulary = Vocabulary.read(taxonomy);
        return initiatives.stream()
                .map(initiative -> view(initiative, locale, false, vocabulary))
                .toList();
    }

    InitiativeView of(Initiative initiative, Locale locale) {
        return view(initiative, locale, true, Vocabulary.read(taxonomy));
    }

    private InitiativeView view(Initiative initiative, Locale locale, boolean whole, Vocabulary vocabulary) {
        InitiativeContent content = initiative.content();
        Translated.Shown<TextFields> shown =
                translations.forReader(initiative, locale.getLanguage()).in(locale);
        List<InitiativeView.Organisation> involved = content.organisations().stream()
                .map(organisation -> {
                    OrganisationSummary found = whole && organisation.organisationId() != null
                            ? organisations.find(organisation.organisationId()).orElse(null)
                            : null;
                    return found == null
                            ? new InitiativeView.Organisation(null, organisation.name(), null)
                            : new InitiativeView.Organisation(
                                    found.id(), found.name(), AccountRoutes.organisation(found.slug()));
                })
                .toList();
        return new InitiativeView(
                initiative,
                shown,
                vocabulary.place(content.municipality(), locale),
                content.challenges().stream()
                        .map(code -> code + ". " + vocabulary.label(TermKind.CHALLENGE, code, locale))
                        .toList(),
                content.sectors().stream()
                        .map(code -> vocabulary.label(TermKind.SECTOR, code, locale))
                        .toList(),
                involved,
                whole ? markdown.content(shown.content().text()) : null,
                whole ? markdown.content(content.outcomes()) : null,
                whole && content.contactPersonId() != null
                        ? people.find(content.contactPersonId())
                                .map(PersonSummary::displayName)
                                .orElse(null)
                        : null,
                initiative.checkedSince(settings.zone()));
    }
}
