package org.kompanjoner.search;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One module's collection in the search index, kept in step with its rows in the database. The module
 * says how to read one entry and a page of entries, which entries are live (found by searches) and what
 * document each becomes; this class keeps the collection true to that, and the search module rebuilds
 * an empty collection from the database before the site opens (see {@code RebuildMissingCollections}).
 *
 * @param <T> the module's own entry (a listing, an initiative)
 */
public abstract class IndexedCollection<T> {

    /** A rebuild reads this many entries at a time, so hundreds of thousands stay small in memory. */
    private static final int PAGE = 1000;

    private static final Logger log = LoggerFactory.getLogger(IndexedCollection.class);

    private final String collection;
    private final SearchIndex index;

    protected IndexedCollection(String collection, SearchIndex index) {
        this.collection = collection;
        this.index = index;
    }

    /** The entry as it is in the database now, if it exists. */
    protected abstract Optional<T> find(long id);

    /** Up to {@code count} entries with an id above {@code id}, in the order of their ids. */
    protected abstract List<T> after(long id, int count);

    protected abstract long id(T entry);

    /** Whether searches find the entry today. */
    protected abstract boolean live(T entry);

    /** Whether the database has any live entry at all: an empty collection then needs building. */
    protected abstract boolean anyLive();

    protected abstract SearchDocument document(T entry);

    public String collection() {
        return collection;
    }

    /**
     * Puts the entry in the collection when it is live and takes it out otherwise. Reading its state and
     * writing the index happen under one lock, so events handled side by side (published, then at once
     * withdrawn) cannot leave the older state behind.
     */
    public synchronized void reindex(long id) {
        find(id).filter(this::live)
                .ifPresentOrElse(entry -> index.put(document(entry)), () -> index.remove(collection, id));
    }

    /** Builds the collection from the database when it is empty and there is something to find. */
    public void rebuildWhenMissing() {
        if (index.size(collection) == 0 && anyLive()) {
            rebuild();
        }
    }

    /** Builds the collection anew from the database, walking the ids a page at a time. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        AtomicLong count = new AtomicLong();
        Stream<T> live = Stream.iterate(
                        after(0, PAGE), page -> !page.isEmpty(), page -> after(id(page.get(page.size() - 1)), PAGE))
                .flatMap(List::stream)
                .filter(this::live)
                .peek(entry -> count.incrementAndGet());
        index.replaceAll(collection, live.map(this::document));
        log.info(
                "Search collection {} rebuilt with {} entries in {} ms",
                collection,
                count.get(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
