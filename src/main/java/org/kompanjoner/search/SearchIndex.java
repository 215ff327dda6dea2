package org.kompanjoner.search;

import java.util.stream.Stream;

/** The search engine port. */
public interface SearchIndex {

    /** Adds or replaces one document; visible to searches at once. */
    void put(SearchDocument document);

    void remove(String collection, long id);

    /** Replaces everything in a collection, for a rebuild from the database. */
    void replaceAll(String collection, Stream<SearchDocument> documents);

    /** How many documents a collection holds (0 when its index does not exist yet). */
    long size(String collection);

    SearchResults search(SearchQuery query);
}
