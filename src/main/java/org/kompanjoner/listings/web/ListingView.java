package org.kompanjoner.listings.web;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.ShownTexts;

/**
 * A listing as a page shows it: names instead of codes, the title, summary and description in the
 * reader's language when it has a translation into it (else the original, said so), the description as
 * safe HTML.
 */
public record ListingView(
        Listing listing,
        Translated.Shown<TextFields> shown,
        String place,
        List<String> challenges,
        List<String> sectors,
        OrganisationSummary organisation,
        Content description,
        boolean expired)
        implements ShownTexts {

    static ListingView of(
            Listing listing,
            Translated.Shown<TextFields> shown,
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
                shown,
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
