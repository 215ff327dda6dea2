package org.kompanjoner.events.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.web.ListedInSitemap;
import org.springframework.stereotype.Component;

/** The calendar and every event that takes place, for search engines; one's own events kept out. */
@Component
class EventsInSitemap extends ListedInSitemap {

    private final JdbcEvents events;

    EventsInSitemap(JdbcEvents events) {
        super(EventRoutes.CALENDAR);
        this.events = events;
    }

    @Override
    public List<String> disallowed() {
        return List.of(EventRoutes.MINE);
    }

    @Override
    protected long entries() {
        return events.countPublished();
    }

    @Override
    protected void writeEntries(long from, int limit, Consumer<Entry> entries) {
        events.eachPublished(from, limit, (id, changed) -> entries.accept(new Entry(EventRoutes.event(id), changed)));
    }
}
