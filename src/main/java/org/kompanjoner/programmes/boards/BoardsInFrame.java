package org.kompanjoner.programmes.boards;

import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kompanjoner.web.ListedInSitemap;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.SitemapContributor;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the boards add to the shared frame: the inbox on the staff start page, the public page for search
 * engines, and, on everyone's account page, their cases, applying with one and volunteering as an adviser.
 */
@Configuration(proxyBeanMethods = false)
class BoardsInFrame {

    @Bean
    StaffCard boardsCard() {
        return new StaffCard(46, BoardRoutes.INBOX, "boards.staff.card.title", "boards.staff.card.text", false);
    }

    @Bean
    PageSection boardsOnMyAccount(TemplateEngine templates, Advisers advisers) {
        return PageSection.template(
                Place.MY_ACCOUNT,
                175,
                templates,
                "programmes/boards/_my-account.jte",
                layout -> Map.of(
                        "layout",
                        layout,
                        "adviser",
                        layout.personId() != null && advisers.isActive(layout.personId())));
    }

    /** The public page alone: the stories are on it, and the follow-up links are nobody's to index. */
    @Bean
    SitemapContributor boardsInSitemap() {
        return new ListedInSitemap(BoardRoutes.PUBLIC) {
            @Override
            protected long entries() {
                return 0;
            }

            @Override
            protected void writeEntries(long from, int limit, Consumer<Entry> entries) {}

            @Override
            public List<String> disallowed() {
                return List.of(BoardRoutes.PUBLIC + "/uppfoljning/");
            }
        };
    }
}
