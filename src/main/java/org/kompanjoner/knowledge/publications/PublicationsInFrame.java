package org.kompanjoner.knowledge.publications;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.knowledge.PublicationRoutes;
import org.kompanjoner.web.ListedInSitemap;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.SitemapContributor;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the library adds to the shared frame: a link in the header, a staff card, and its pages for search engines. */
@Configuration(proxyBeanMethods = false)
class PublicationsInFrame {

    @Bean
    NavigationEntry libraryInNavigation() {
        return NavigationEntry.link(22, PublicationRoutes.LIBRARY, "publications.nav", Audience.EVERYONE);
    }

    @Bean
    StaffCard libraryCard() {
        return new StaffCard(
                46, PublicationRoutes.STAFF, "publications.staff.card.title", "publications.staff.card.text", false);
    }

    /** The library's page and every publication's page; the files are reached from those pages. */
    @Bean
    SitemapContributor libraryInSitemap(Publications publications) {
        return new ListedInSitemap(PublicationRoutes.LIBRARY) {
            @Override
            protected long entries() {
                return publications.count();
            }

            @Override
            protected void writeEntries(long from, int limit, Consumer<Entry> entries) {
                publications.each(
                        from,
                        limit,
                        (id, changed) -> entries.accept(new Entry(PublicationRoutes.publication(id), changed)));
            }

            @Override
            public List<String> disallowed() {
                return List.of();
            }
        };
    }
}
