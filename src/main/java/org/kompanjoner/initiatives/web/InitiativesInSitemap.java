package org.kompanjoner.initiatives.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.internal.JdbcInitiatives;
import org.kompanjoner.web.SitemapContributor;
import org.springframework.stereotype.Component;

/** The inventory's page and every published initiative for search engines; forms and one's own kept out. */
@Component
class InitiativesInSitemap implements SitemapContributor {

    private final JdbcInitiatives initiatives;

    InitiativesInSitemap(JdbcInitiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public List<String> disallowed() {
        return List.of(
                InitiativeRoutes.MINE,
                InitiativeRoutes.NEW,
                InitiativeRoutes.MAP_DATA,
                InitiativeRoutes.CSV,
                InitiativeRoutes.GEOJSON);
    }

    @Override
    public long count() {
        return 1 + initiatives.countPublished();
    }

    @Override
    public void write(long from, int limit, Consumer<Entry> entries) {
        if (from == 0) {
            entries.accept(new Entry(InitiativeRoutes.INITIATIVES, null));
            limit--;
        }
        initiatives.eachPublished(
                Math.max(0, from - 1),
                limit,
                (id, changed) -> entries.accept(new Entry(InitiativeRoutes.initiative(id), changed)));
    }
}
