package org.kompanjoner.listings.web;

import java.util.Locale;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.web.Markdown;
import org.springframework.stereotype.Component;

/** Turns listings into what a page shows of them, the same on every page that lists them. */
@Component
class ListingViews {

    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final Markdown markdown;
    private final Postings postings;

    ListingViews(
            Organisations organisations, Taxonomy taxonomy, Choices choices, Markdown markdown, Postings postings) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.markdown = markdown;
        this.postings = postings;
    }

    ListingView of(Listing listing, Locale locale) {
        OrganisationSummary organisation = listing.content().organisationId() == null
                ? null
                : organisations.find(listing.content().organisationId()).orElse(null);
        return ListingView.of(
                listing,
                organisation,
                markdown.content(listing.content().description()),
                taxonomy,
                choices,
                locale,
                postings.today());
    }
}
