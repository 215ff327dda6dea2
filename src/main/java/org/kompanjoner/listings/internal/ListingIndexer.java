package org.kompanjoner.listings.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.accounts.OrganisationUpdated;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.listings.ListingClosed;
import org.kompanjoner.listings.ListingEdited;
import org.kompanjoner.listings.ListingPublished;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.search.IndexedCollection;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the listings. It learns of changes from the listing events, which
 * the event publication registry keeps until they are handled: if the application stops between the
 * database commit and the index update, the update is made when it starts again. At start-up an empty
 * index is rebuilt from the database before the site opens.
 */
@Component
public class ListingIndexer extends IndexedCollection<Listing> {

    public static final String COLLECTION = "listings";

    private final JdbcListings listings;
    private final Postings postings;
    private final Organisations organisations;
    private final RelatedListings related;
    private final ListingTranslations translations;

    ListingIndexer(
            JdbcListings listings,
            Postings postings,
            SearchIndex index,
            Organisations organisations,
            RelatedListings related,
            ListingTranslations translations) {
        super(COLLECTION, index);
        this.translations = translations;
        this.related = related;
        this.listings = listings;
        this.postings = postings;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(ListingPublished published) {
        reindexAndForgetRelated(published.listingId());
    }

    @ApplicationModuleListener
    void on(ListingEdited edited) {
        reindexAndForgetRelated(edited.listingId());
    }

    @ApplicationModuleListener
    void on(ListingClosed closed) {
        reindexAndForgetRelated(closed.listingId());
    }

    /** Related listings are chosen from the index: once it has changed, the choices kept are stale. */
    private void reindexAndForgetRelated(long listingId) {
        reindex(listingId);
        related.forget();
    }

    /**
     * The organisation's name is part of what its listings are found by: a renamed organisation's listings
     * are found by the new name, no longer by the old.
     */
    @ApplicationModuleListener
    void on(OrganisationUpdated updated) {
        listings.idsForOrganisation(updated.organisationId()).forEach(this::reindex);
    }

    @Override
    protected Optional<Listing> find(long id) {
        return listings.byId(id);
    }

    @Override
    protected List<Listing> after(long id, int count) {
        return listings.after(id, count);
    }

    @Override
    protected long id(Listing listing) {
        return listing.id();
    }

    @Override
    protected boolean live(Listing listing) {
        return listing.live(postings.today());
    }

    @Override
    protected boolean anyLive() {
        return listings.countPublished(postings.today()) > 0;
    }

    @Override
    protected SearchDocument document(Listing listing) {
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
        // Found by its translations too: a search in English finds a Swedish listing translated into English.
        List<String> titles = new ArrayList<>(List.of(content.title()));
        translations.of(listing.id()).values().forEach(translation -> {
            titles.add(translation.content().title());
            body.add(translation.content().summary());
            body.add(translation.content().text());
        });
        return new SearchDocument(
                COLLECTION,
                listing.id(),
                String.join("\n", titles),
                String.join("\n\n", body),
                facets,
                listing.publishedAt(),
                content.expiresOn());
    }
}
