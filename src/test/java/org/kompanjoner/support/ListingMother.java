package org.kompanjoner.support;

import java.time.LocalDate;
import java.util.List;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.listings.internal.ListingContent;

/** Valid listing content for tests that need a listing but not any particular one. */
public final class ListingMother {

    private ListingMother() {}

    /** A collaboration offered in the county, open for a month. */
    public static ListingContent content(String title) {
        return new ListingContent(
                Category.COLLABORATION,
                Direction.OFFERING,
                title,
                "En kort sammanfattning.",
                "En längre beskrivning.",
                List.of("11"),
                List.of(),
                List.of("mobilitet"),
                PlaceKind.COUNTY,
                "06",
                null,
                "sv",
                LocalDate.now().plusDays(30));
    }
}
