package org.kompanjoner.initiatives.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.internal.JdbcInitiatives;
import org.kompanjoner.web.ListedInSitemap;
import org.springframework.stereotype.Component;

/** The inventory's page and every published initiative for search engines; forms and one's own kept out. */
@Component
class InitiativesInSitemap extends ListedInSitemap {

    private final JdbcInitiatives initiatives;

    InitiativesInSitemap(JdbcInitiatives initiatives) {
        super(InitiativeRoutes.INITIATIVES);
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
    protected long entries() {
        return initiatives.countPublished();
    }

    @Override
    protected void writeEntries(long from, int limit, Consumer<Entry> entries) {
        initiatives.eachPublished(
                from, limit, (id, changed) -> entries.accept(new Entry(InitiativeRoutes.initiative(id), changed)));
    }
}
