package org.kompanjoner.listings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.ListingIndexer;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The marketplace's search: words, facets, order and pages, updated in place by htmx. */
@Controller
class ListingSearchController {

    static final int PAGE_SIZE = 20;

    private final JdbcListings listings;
    private final Postings postings;
    private final Taxonomy taxonomy;
    private final ListingViews views;
    private final SearchIndex searchIndex;

    ListingSearchController(
            JdbcListings listings, Postings postings, Taxonomy taxonomy, ListingViews views, SearchIndex searchIndex) {
        this.listings = listings;
        this.postings = postings;
        this.taxonomy = taxonomy;
        this.views = views;
        this.searchIndex = searchIndex;
    }

    @GetMapping({ListingRoutes.LISTINGS, ListingRoutes.LISTINGS_ENGLISH})
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String challenge,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String sector,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") String page,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String text = q == null ? "" : q.strip();
        ListingFilters filters = new ListingFilters(
                text.length() > 200 ? text.substring(0, 200) : text,
                known(category, Category.class),
                known(direction, Direction.class),
                taxonomy.find(TermKind.CHALLENGE, challenge).isPresent() ? challenge : null,
                taxonomy.find(TermKind.COUNTY, county).isPresent() ? county : null,
                taxonomy.find(TermKind.MUNICIPALITY, municipality).isPresent() ? municipality : null,
                taxonomy.find(TermKind.SECTOR, sector).isPresent() ? sector : null,
                List.of("relevance", "newest", "expiring").contains(sort) ? sort : "relevance",
                page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1);
        SearchQuery.Order order = switch (filters.sort()) {
            case "newest" -> SearchQuery.Order.NEWEST;
            case "expiring" -> SearchQuery.Order.EXPIRING;
            default -> filters.q().isBlank() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE;
        };
        SearchResults results = search(filters, order, filters.page());
        int pages = (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (filters.page() > pages) {
            // A page past the end (an old bookmark, fewer results now) shows the last page.
            filters = new ListingFilters(
                    filters.q(),
                    filters.category(),
                    filters.direction(),
                    filters.challenge(),
                    filters.county(),
                    filters.municipality(),
                    filters.sector(),
                    filters.sort(),
                    pages);
            results = search(filters, order, pages);
        }
        model.addAttribute("filters", filters);
        model.addAttribute(
                "results",
                listings.byIds(results.ids()).stream()
                        // The index follows the database a moment behind; a listing closed meanwhile is left out.
                        .filter(listing -> listing.live(postings.today()))
                        .map(listing -> views.inList(listing, locale))
                        .toList());
        model.addAttribute("total", results.total());
        model.addAttribute("pages", pages);
        model.addAttribute("facets", ListingFacets.of(results, filters, taxonomy, locale));
        response.addHeader("Vary", "HX-Request");
        return Requests.htmx(request) ? "listings/_search" : "listings/list";
    }

    private SearchResults search(ListingFilters filters, SearchQuery.Order order, int page) {
        return searchIndex.search(new SearchQuery(
                ListingIndexer.COLLECTION,
                filters.q(),
                filters.facets(),
                ListingFacets.COUNTED,
                order,
                (page - 1) * PAGE_SIZE,
                PAGE_SIZE,
                postings.today()));
    }

    private static <E extends Enum<E>> String known(String value, Class<E> type) {
        try {
            return value == null || value.isBlank()
                    ? null
                    : Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
