package org.kompanjoner.search.internal;

import java.util.List;
import org.kompanjoner.search.IndexedCollection;
import org.kompanjoner.shared.BeforeOpening;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every module's empty collection is built from the database before the site opens, so that no search
 * finds nothing while the index catches up. A separate bean from the collections themselves: they
 * listen to events in transactions, and a proxied lifecycle bean would run its final methods on the
 * proxy.
 */
@Component
class RebuildMissingCollections extends BeforeOpening {

    private final List<IndexedCollection<?>> collections;

    RebuildMissingCollections(List<IndexedCollection<?>> collections) {
        // After the demo county's content (orders 10 to 30), when it is loaded.
        super(50, TransactionOperations.withoutTransaction());
        this.collections = collections;
    }

    @Override
    protected void beforeOpening() {
        collections.forEach(IndexedCollection::rebuildWhenMissing);
    }
}
