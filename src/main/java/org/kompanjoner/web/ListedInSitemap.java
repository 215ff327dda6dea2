package org.kompanjoner.web;

import java.util.function.Consumer;

/**
 * A module whose public pages are one list page and a page for each public entry (listings,
 * organisations, initiatives): the list page comes first, then the entries in a stable order.
 */
public abstract class ListedInSitemap implements SitemapContributor {

    private final String listPath;

    protected ListedInSitemap(String listPath) {
        this.listPath = listPath;
    }

    /** How many entries have a public page now. */
    protected abstract long entries();

    /** The entries' pages from position {@code from} on (0 is the first entry), at most {@code limit}. */
    protected abstract void writeEntries(long from, int limit, Consumer<Entry> entries);

    @Override
    public final long count() {
        return 1 + entries();
    }

    @Override
    public final void write(long from, int limit, Consumer<Entry> entries) {
        if (from == 0) {
            entries.accept(new Entry(listPath, null));
            limit--;
        }
        writeEntries(Math.max(0, from - 1), limit, entries);
    }
}
