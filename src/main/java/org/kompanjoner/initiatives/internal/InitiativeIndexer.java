package org.kompanjoner.initiatives.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.kompanjoner.initiatives.InitiativeClosed;
import org.kompanjoner.initiatives.InitiativeEdited;
import org.kompanjoner.initiatives.InitiativePublished;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.shared.BeforeOpening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps the inventory's own search collection in step with the published entries, from the
 * inventory's events (kept in the event publication registry until handled, so a crash between the
 * commit and the index loses nothing). An empty collection is rebuilt from the database before the site
 * opens.
 */
@Component
public class InitiativeIndexer {

    public static final String COLLECTION = "initiatives";
    /** An entry stays in the inventory until it is taken down: found on every day. */
    static final LocalDate FOUND_UNTIL = LocalDate.of(9999, 12, 31);

    private static final Logger log = LoggerFactory.getLogger(InitiativeIndexer.class);

    private final JdbcInitiatives initiatives;
    private final SearchIndex index;

    InitiativeIndexer(JdbcInitiatives initiatives, SearchIndex index) {
        this.initiatives = initiatives;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(InitiativePublished published) {
        reindex(published.initiativeId());
    }

    @ApplicationModuleListener
    void on(InitiativeEdited edited) {
        reindex(edited.initiativeId());
    }

    @ApplicationModuleListener
    void on(InitiativeClosed closed) {
        reindex(closed.initiativeId());
    }

    /**
     * Puts a published entry in the index and takes any other out, reading its state and writing the
     * index under one lock, so that events handled side by side cannot leave an older state behind.
     */
    public synchronized void reindex(long id) {
        initiatives
                .byId(id)
                .filter(Initiative::published)
                .ifPresentOrElse(initiative -> index.put(document(initiative)), () -> index.remove(COLLECTION, id));
    }

    /** An empty collection is built from the database before the site opens. */
    @Component
    static class RebuildWhenMissing extends BeforeOpening {

        private final InitiativeIndexer indexer;

        RebuildWhenMissing(InitiativeIndexer indexer) {
            // After the demo county's initiatives (order 30), when those are loaded.
            super(50, TransactionOperations.withoutTransaction());
            this.indexer = indexer;
        }

        @Override
        protected void beforeOpening() {
            indexer.rebuildWhenMissing();
        }
    }

    public void rebuildWhenMissing() {
        if (index.size(COLLECTION) == 0 && initiatives.countPublished() > 0) {
            rebuild();
        }
    }

    /** Builds the collection anew from the database, a thousand entries at a time. */
    public synchronized void rebuild() {
        AtomicLong count = new AtomicLong();
        Stream<Initiative> published = Stream.iterate(
                        initiatives.after(0, 1000),
                        page -> !page.isEmpty(),
                        page -> initiatives.after(page.get(page.size() - 1).id(), 1000))
                .flatMap(List::stream)
                .filter(Initiative::published)
                .peek(initiative -> count.incrementAndGet());
        index.replaceAll(COLLECTION, published.map(InitiativeIndexer::document));
        log.info("Search index rebuilt with {} initiatives", count.get());
    }

    static SearchDocument document(Initiative initiative) {
        InitiativeContent content = initiative.content();
        Map<String, List<String>> facets = new HashMap<>();
        facets.put("stage", List.of(content.stage().name()));
        facets.put("challenge", content.challenges());
        facets.put("sector", content.sectors());
        facets.put("municipality", List.of(content.municipality()));
        // SCB municipality codes begin with their county's code.
        facets.put("county", List.of(content.municipality().substring(0, 2)));
        facets.put("language", List.of(content.language()));
        // The summary and the organisations' names first: parts of compound words are taken from the
        // start of the body.
        List<String> body = new ArrayList<>();
        body.add(content.summary());
        body.add(String.join(
                ", ",
                content.organisations().stream().map(InvolvedOrganisation::name).toList()));
        body.add(content.description());
        body.add(content.outcomes());
        return new SearchDocument(
                COLLECTION,
                initiative.id(),
                content.name(),
                String.join("\n\n", body),
                facets,
                initiative.publishedAt(),
                FOUND_UNTIL);
    }
}
