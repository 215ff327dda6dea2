package org.kompanjoner.listings.internal;

import java.time.LocalDate;
import java.util.List;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.shared.TextFields;

/** What a listing says, checked: every field valid, codes known, lists within their limits. */
public record ListingContent(
        Category category,
        Direction direction,
        String title,
        String summary,
        String description,
        List<String> challenges,
        List<String> sectors,
        List<String> tags,
        PlaceKind placeKind,
        String placeCode,
        Long organisationId,
        String language,
        LocalDate expiresOn) {

    /** The fields a translation gives in another language. */
    public TextFields texts() {
        return new TextFields(title, summary, description);
    }
}
