package org.kompanjoner.programmes.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.programmes.ProgrammeRoutes;
import org.kompanjoner.programmes.internal.JdbcProgrammes;
import org.kompanjoner.programmes.internal.Programme;
import org.kompanjoner.web.ListedInSitemap;
import org.springframework.stereotype.Component;

/** The programmes and each programme's page, for search engines; one's own programmes kept out. */
@Component
class ProgrammesInSitemap extends ListedInSitemap {

    private final JdbcProgrammes programmes;

    ProgrammesInSitemap(JdbcProgrammes programmes) {
        super(ProgrammeRoutes.LIST);
        this.programmes = programmes;
    }

    @Override
    public List<String> disallowed() {
        return List.of(ProgrammeRoutes.MINE);
    }

    @Override
    protected long entries() {
        return programmes.all().size();
    }

    @Override
    protected void writeEntries(long from, int limit, Consumer<Entry> entries) {
        List<Programme> all = programmes.all();
        all.subList((int) Math.min(from, all.size()), (int) Math.min(from + limit, all.size()))
                .forEach(programme -> entries.accept(new Entry(ProgrammeRoutes.programme(programme.id()), null)));
    }
}
