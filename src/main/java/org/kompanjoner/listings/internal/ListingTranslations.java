package org.kompanjoner.listings.internal;

import java.util.Map;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.TranslationTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Listings' title, summary and description in other languages than their own. */
@Repository
public class ListingTranslations {

    private final TranslationTable table;

    ListingTranslations(JdbcClient jdbc) {
        this.table = new TranslationTable(jdbc, "listings_translation", "listing_id");
    }

    /** The listing with every translation it has: for its owner's panel and for the search index. */
    public Translated<TextFields> all(Listing listing) {
        return table.translated(
                listing.id(), listing.content().language(), listing.content().texts());
    }

    /** The listing with its translation into {@code reader}'s language, when there is one. */
    public Translated<TextFields> forReader(Listing listing, String reader) {
        return table.forReader(
                listing.id(), listing.content().language(), listing.content().texts(), reader);
    }

    public Map<String, Translated.Translation<TextFields>> of(long listingId) {
        return table.of(listingId);
    }

    void save(long listingId, String language, TextFields fields, boolean machine) {
        table.save(listingId, language, fields, machine);
    }

    boolean remove(long listingId, String language) {
        return table.remove(listingId, language);
    }
}
