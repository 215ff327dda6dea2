package org.kompanjoner.listings.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.accounts.OrganisationPageSection;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.web.Layout;
import org.springframework.stereotype.Component;

/** An organisation's live listings, on its page: who is looking for partners there, and for what. */
@Component
class OrganisationListingsSection implements OrganisationPageSection {

    /** More than an organisation has at once in practice; the search finds the rest. */
    static final int SHOWN = 50;

    private final JdbcListings listings;
    private final Postings postings;
    private final ListingViews views;
    private final TemplateEngine templates;

    OrganisationListingsSection(
            JdbcListings listings, Postings postings, ListingViews views, TemplateEngine templates) {
        this.listings = listings;
        this.postings = postings;
        this.views = views;
        this.templates = templates;
    }

    @Override
    public Optional<Content> forOrganisation(long organisationId, Layout layout) {
        List<ListingView> live = listings.liveFor(organisationId, postings.today(), SHOWN).stream()
                .map(listing -> views.inList(listing, layout.locale()))
                .toList();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> parameters = Map.of("layout", layout, "listings", live);
        return Optional.of(output -> templates.render("listings/_organisation-listings.jte", parameters, output));
    }
}
