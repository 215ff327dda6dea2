package org.kompanjoner.initiatives.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.initiatives.InitiativeClosed;
import org.kompanjoner.initiatives.InitiativeEdited;
import org.kompanjoner.initiatives.InitiativePublished;
import org.kompanjoner.search.IndexedCollection;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inventory's own search collection in step with the published entries, from the
 * inventory's events (kept in the event publication registry until handled, so a crash between the
 * commit and the index loses nothing). An empty collection is rebuilt from the database before the site
 * opens.
 */
@Component
public class InitiativeIndexer extends IndexedCollection<Initiative> {

    public static final String COLLECTION = "initiatives";
    /** An entry stays in the inventory until it is taken down: found on every day. */
    static final LocalDate FOUND_UNTIL = LocalDate.of(9999, 12, 31);

    private final JdbcInitiatives initiatives;

    private final InitiativeTranslations translations;

    InitiativeIndexer(JdbcInitiatives initiatives, SearchIndex index, InitiativeTranslations translations) {
        super(COLLECTION, index);
        this.initiatives = initiatives;
        this.translations = translations;
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

    @Override
    protected Optional<Initiative> find(long id) {
        return initiatives.byId(id);
    }

    @Override
    protected List<Initiative> after(long id, int count) {
        return initiatives.after(id, count);
    }

    @Override
    protected long id(Initiative initiative) {
        return initiative.id();
    }

    @Override
    protected boolean live(Initiative initiative) {
        return initiative.published();
    }

    @Override
    protected boolean anyLive() {
        return initiatives.countPublished() > 0;
    }

    @Override
    protected SearchDocument document(Initiative initiative) {
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
        // Found by its translations too: a search in English finds a Swedish entry translated into English.
        List<String> names = new ArrayList<>(List.of(content.name()));
        translations.of(initiative.id()).values().forEach(translation -> {
            names.add(translation.content().title());
            body.add(translation.content().summary());
            body.add(translation.content().text());
        });
        return new SearchDocument(
                COLLECTION,
                initiative.id(),
                String.join("\n", names),
                String.join("\n\n", body),
                facets,
                initiative.publishedAt(),
                FOUND_UNTIL);
    }
}
