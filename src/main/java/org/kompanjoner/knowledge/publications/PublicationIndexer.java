package org.kompanjoner.knowledge.publications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kompanjoner.knowledge.PublicationChanged;
import org.kompanjoner.search.IndexedCollection;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the library's search collection in step with its publications, from the library's own events
 * (kept in the event publication registry until handled). Every publication in the library is found;
 * one removed is gone from the database and so from the index.
 */
@Component
class PublicationIndexer extends IndexedCollection<Publication> {

    static final String COLLECTION = "publications";
    /** A publication stays in the library until it is removed: found on every day. */
    static final LocalDate FOUND_UNTIL = LocalDate.of(9999, 12, 31);

    private final Publications publications;

    PublicationIndexer(Publications publications, SearchIndex index) {
        super(COLLECTION, index);
        this.publications = publications;
    }

    @ApplicationModuleListener
    void on(PublicationChanged changed) {
        reindex(changed.publicationId());
    }

    @Override
    protected Optional<Publication> find(long id) {
        return publications.byId(id);
    }

    @Override
    protected List<Publication> after(long id, int count) {
        return publications.after(id, count);
    }

    @Override
    protected long id(Publication publication) {
        return publication.id();
    }

    @Override
    protected boolean live(Publication publication) {
        return true;
    }

    @Override
    protected boolean anyLive() {
        return publications.count() > 0;
    }

    @Override
    protected SearchDocument document(Publication publication) {
        Map<String, List<String>> facets = Map.of(
                LibraryFilters.KIND, List.of(publication.kind().name()),
                LibraryFilters.YEAR, List.of(Integer.toString(publication.year())),
                LibraryFilters.LANGUAGE, List.of(publication.language()),
                LibraryFilters.CHALLENGE, publication.challenges());
        // The summary first: parts of compound words are taken from the start of the body.
        String body = Stream.of(
                        publication.summary(),
                        publication.authors().stream()
                                .map(author -> author.givenNames() + " " + author.familyName())
                                .collect(Collectors.joining(", ")),
                        publication.publisher())
                .collect(Collectors.joining("\n\n"));
        return new SearchDocument(
                COLLECTION, publication.id(), publication.title(), body, facets, publication.createdAt(), FOUND_UNTIL);
    }
}
