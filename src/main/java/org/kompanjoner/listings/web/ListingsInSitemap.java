package org.kompanjoner.listings.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.web.ListedInSitemap;
import org.springframework.stereotype.Component;

/** The listings page and every live listing for search engines; one's own and the forms kept out. */
@Component
class ListingsInSitemap extends ListedInSitemap {

    private final JdbcListings listings;
    private final Postings postings;

    ListingsInSitemap(JdbcListings listings, Postings postings) {
        super(ListingRoutes.LISTINGS);
        this.listings = listings;
        this.postings = postings;
    }

    @Override
    public List<String> disallowed() {
        return List.of(
                ListingRoutes.MINE, ListingRoutes.NEW, ListingRoutes.renewByLink(""), ListingRoutes.INTERESTS + "/");
    }

    @Override
    protected long entries() {
        // Closed listings are left out: their pages ask not to be indexed.
        return listings.countPublished(postings.today());
    }

    @Override
    protected void writeEntries(long from, int limit, Consumer<Entry> entries) {
        listings.eachLive(
                postings.today(),
                from,
                limit,
                (id, changed) -> entries.accept(new Entry(ListingRoutes.listing(id), changed)));
    }
}
