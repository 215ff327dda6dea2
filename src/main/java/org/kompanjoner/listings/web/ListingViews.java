package org.kompanjoner.listings.web;

import java.util.Locale;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.ListingTranslations;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.web.Markdown;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns listings into what a page shows of them, the same on every page that lists them. */
@Component
class ListingViews {

    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final Markdown markdown;
    private final Postings postings;
    private final Describing describing;

    /** What describing a listing takes: its category's name, the public address and its translations. */
    @Component
    static class Describing {
        final MessageSource messages;
        final Settings settings;
        final ListingTranslations translations;

        Describing(MessageSource messages, Settings settings, ListingTranslations translations) {
            this.messages = messages;
            this.settings = settings;
            this.translations = translations;
        }
    }

    ListingViews(
            Organisations organisations,
            Taxonomy taxonomy,
            Choices choices,
            Markdown markdown,
            Postings postings,
            Describing describing) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.markdown = markdown;
        this.postings = postings;
        this.describing = describing;
    }

    /** The listing as schema.org data ({@code Offer} or {@code Demand}), for the page's JSON-LD. */
    String jsonLd(ListingView view, Listing listing, Locale locale) {
        String category = describing.messages.getMessage(
                "listings.category." + listing.content().category().name(), null, locale);
        return ListingJsonLd.of(view, category, describing.settings.baseUrl());
    }

    ListingView of(Listing listing, Locale locale) {
        Translated.Shown<TextFields> shown = shown(listing, locale);
        return view(listing, shown, markdown.content(shown.content().text()), locale);
    }

    /**
     * The listing as a list of results shows it: everything but the description, whose Markdown a list
     * never shows and would otherwise render twenty times a page.
     */
    ListingView inList(Listing listing, Locale locale) {
        return view(listing, shown(listing, locale), output -> {}, locale);
    }

    private Translated.Shown<TextFields> shown(Listing listing, Locale locale) {
        return describing.translations.forReader(listing, locale.getLanguage()).in(locale);
    }

    private ListingView view(
            Listing listing, Translated.Shown<TextFields> shown, gg.jte.Content description, Locale locale) {
        OrganisationSummary organisation = listing.content().organisationId() == null
                ? null
                : organisations.find(listing.content().organisationId()).orElse(null);
        return ListingView.of(listing, shown, organisation, description, taxonomy, choices, locale, postings.today());
    }
}
