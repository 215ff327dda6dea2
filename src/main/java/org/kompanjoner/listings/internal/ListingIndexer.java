package org.kompanjoner.listings.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kompanjoner.accounts.OrganisationUpdated;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.listings.ListingClosed;
import org.kompanjoner.listings.ListingEdited;
import org.kompanjoner.listings.ListingPublished;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.shared.BeforeOpening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps the search index in step with the listings. It learns of changes from the listing events, which
 * the event publication registry keeps until they are handled: if the application stops between the
 * database commit and the index update, the update is made when it starts again. At start-up an empty
 * index is rebuilt from the database before the site opens.
 */
@Component
public class ListingIndexer {

    public static final String COLLECTION = "listings";

    private static final Logger log = LoggerFactory.getLogger(ListingIndexer.class);

    private final JdbcListings listings;
    private final Postings postings;
    private final SearchIndex index;
    private final Organisations organisations;

    ListingIndexer(JdbcListings listings, Postings postings, SearchIndex index, Organisations organisations) {
        this.listings = listings;
        this.postings = postings;
        this.index = index;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(ListingPublished published) {
        reindex(published.listingId());
    }

    @ApplicationModuleListener
    void on(ListingEdited edited) {
        reindex(edited.listingId());
    }

    @ApplicationModuleListener
    void on(ListingClosed closed) {
        reindex(closed.listingId());
    }

    /**
     * The organisation's name is part of what its listings are found by: a renamed organisation's listings
     * are found by the new name, no longer by the old.
     */
    @ApplicationModuleListener
    void on(OrganisationUpdated updated) {
        listings.idsForOrganisation(updated.organisationId()).forEach(this::reindex);
    }

    /**
     * Puts the listing in the index when it is live, takes it out otherwise. Reading the state and
     * writing the index happen under one lock, so events handled side by side (published, then at once
     * withdrawn) cannot leave the index with the older state.
     */
    public synchronized void reindex(long listingId) {
        listings.byId(listingId)
                .filter(listing -> listing.state() == ListingState.PUBLISHED)
                .ifPresentOrElse(listing -> index.put(document(listing)), () -> index.remove(COLLECTION, listingId));
    }

    /** An empty index is built from the database before the site opens, so no search finds nothing. */
    @Component
    static class RebuildWhenMissing extends BeforeOpening {

        private final ListingIndexer indexer;

        RebuildWhenMissing(ListingIndexer indexer) {
            // After the demo county's listings (order 20), when those are loaded.
            super(50, TransactionOperations.withoutTransaction());
            this.indexer = indexer;
        }

        @Override
        protected void beforeOpening() {
            indexer.rebuildWhenMissing();
        }
    }

    /** Builds the index from the database when it is empty and there are live listings. */
    public void rebuildWhenMissing() {
        if (index.size(COLLECTION) == 0 && listings.countPublished(postings.today()) > 0) {
            rebuild();
        }
    }

    /** Builds the index anew from the database. */
    public synchronized void rebuild() {
        java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        // Read a thousand listings at a time, so a rebuild of hundreds of thousands stays small in memory.
        java.util.stream.Stream<Listing> live = java.util.stream.Stream.iterate(
                        listings.after(0, 1000),
                        page -> !page.isEmpty(),
                        page -> listings.after(page.get(page.size() - 1).id(), 1000))
                .flatMap(List::stream)
                .filter(listing -> listing.live(postings.today()))
                .peek(listing -> count.incrementAndGet());
        index.replaceAll(COLLECTION, live.map(this::document));
        log.info("Search index rebuilt with {} listings", count.get());
    }

    SearchDocument document(Listing listing) {
        ListingContent content = listing.content();
        Map<String, List<String>> facets = new HashMap<>();
        facets.put("category", List.of(content.category().name()));
        facets.put("direction", List.of(content.direction().name()));
        facets.put("challenge", content.challenges());
        facets.put("sector", content.sectors());
        facets.put("place", List.of(content.placeKind().name()));
        facets.put("language", List.of(content.language()));
        if (content.placeKind() == PlaceKind.MUNICIPALITY && content.placeCode() != null) {
            facets.put("municipality", List.of(content.placeCode()));
            // SCB municipality codes begin with their county's code.
            facets.put("county", List.of(content.placeCode().substring(0, 2)));
        } else if (content.placeKind() == PlaceKind.COUNTY && content.placeCode() != null) {
            facets.put("county", List.of(content.placeCode()));
        }
        // Keywords come right after the summary: parts of compound words are taken from the start of the
        // body, and a keyword such as "kompetensförsörjning" should be found by "kompetens" too.
        List<String> body =
                new ArrayList<>(List.of(content.summary(), String.join(" ", content.tags()), content.description()));
        if (content.organisationId() != null) {
            organisations.find(content.organisationId()).ifPresent(organisation -> body.add(organisation.name()));
        }
        return new SearchDocument(
                COLLECTION,
                listing.id(),
                content.title(),
                String.join("\n\n", body),
                facets,
                listing.publishedAt(),
                content.expiresOn());
    }
}
