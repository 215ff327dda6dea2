package org.kompanjoner.listings.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.web.SitemapContributor;
import org.springframework.stereotype.Component;

/** The listings page and every live listing for search engines; one's own and the forms kept out. */
@Component
class ListingsInSitemap implements SitemapContributor {

    private final JdbcListings listings;
    private final Postings postings;

    ListingsInSitemap(JdbcListings listings, Postings postings) {
        this.listings = listings;
        this.postings = postings;
    }

    @Override
    public List<String> disallowed() {
        return List.of(
                ListingRoutes.MINE, ListingRoutes.NEW, ListingRoutes.renewByLink(""), ListingRoutes.INTERESTS + "/");
    }

    @Override
    public long count() {
        // Closed listings are left out: their pages ask not to be indexed.
        return 1 + listings.countPublished(postings.today());
    }

    @Override
    public void write(long from, int limit, Consumer<Entry> entries) {
        if (from == 0) {
            entries.accept(new Entry(ListingRoutes.LISTINGS, null));
            limit--;
        }
        listings.eachLive(
                postings.today(),
                Math.max(0, from - 1),
                limit,
                (id, changed) -> entries.accept(new Entry(ListingRoutes.listing(id), changed)));
    }
}
