package org.kompanjoner.listings.web;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;

/** A listing as a page shows it: names instead of codes, the description as safe HTML. */
public record ListingView(
        Listing listing,
        String place,
        List<String> challenges,
        List<String> sectors,
        OrganisationSummary organisation,
        Content description,
        boolean expired) {

    static ListingView of(
            Listing listing,
            OrganisationSummary organisation,
            Content description,
            Taxonomy taxonomy,
            Choices choices,
            Locale locale,
            LocalDate today) {
        var content = listing.content();
        String place = switch (content.placeKind()) {
            case MUNICIPALITY -> choices.place(content.placeCode(), locale);
            case COUNTY -> taxonomy.label(TermKind.COUNTY, content.placeCode(), locale);
            case NATIONAL, REMOTE -> "";
        };
        return new ListingView(
                listing,
                place,
                content.challenges().stream()
                        .map(code -> code + ". " + taxonomy.label(TermKind.CHALLENGE, code, locale))
                        .toList(),
                content.sectors().stream()
                        .map(code -> taxonomy.label(TermKind.SECTOR, code, locale))
                        .toList(),
                organisation,
                description,
                listing.state() == ListingState.EXPIRED
                        || (listing.state() == ListingState.PUBLISHED
                                && content.expiresOn().isBefore(today)));
    }

    /** True when the place is a kind with a name of its own (a municipality or a county). */
    public boolean namedPlace() {
        return listing.content().placeKind() == PlaceKind.MUNICIPALITY
                || listing.content().placeKind() == PlaceKind.COUNTY;
    }
}
