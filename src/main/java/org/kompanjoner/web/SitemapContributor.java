package org.kompanjoner.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a module tells search engines: its public pages for {@code /sitemap.xml}, and the paths they
 * should leave alone for {@code /robots.txt}. The frame writes both files from whatever the modules
 * contribute, so that it needs to know none of them.
 */
public interface SitemapContributor {

    /** A public page: its path on this site, and when it last changed (null when unknown). */
    record Entry(String path, Instant lastModified) {}

    /** Paths (prefixes) that crawlers should not visit: sign-in pages, one's own pages, staff pages. */
    default List<String> disallowed() {
        return List.of();
    }

    /** How many public pages this module has now. */
    long count();

    /**
     * The public pages from position {@code from} on, at most {@code limit}, in a stable order, handed
     * to {@code entries} one by one as they are read (never all held at once).
     */
    void write(long from, int limit, Consumer<Entry> entries);

    /** A module whose public side is one page at {@code path}, with {@code disallowed} kept from crawlers. */
    static SitemapContributor onePage(String path, List<String> disallowed) {
        return new SitemapContributor() {
            @Override
            public long count() {
                return 1;
            }

            @Override
            public void write(long from, int limit, Consumer<Entry> entries) {
                if (from == 0 && limit > 0) {
                    entries.accept(new Entry(path, null));
                }
            }

            @Override
            public List<String> disallowed() {
                return disallowed;
            }
        };
    }
}
