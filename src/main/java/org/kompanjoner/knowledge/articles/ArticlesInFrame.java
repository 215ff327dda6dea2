package org.kompanjoner.knowledge.articles;

import gg.jte.TemplateEngine;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.knowledge.ArticleRoutes;
import org.kompanjoner.knowledge.KnowledgeSection;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.NavigationSource;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the articles add to the shared frame: the knowledge link and the pages chosen for the header,
 * the latest news on the front page, the coordinators' card, and the news and the pages on the
 * knowledge landing page.
 */
@Configuration(proxyBeanMethods = false)
class ArticlesInFrame {

    /** How many news the front page and the landing page show. */
    static final int LATEST = 3;

    @Bean
    NavigationEntry knowledgeInNavigation() {
        return NavigationEntry.link(19, ArticleRoutes.KNOWLEDGE, "articles.nav", Audience.EVERYONE);
    }

    /** The public pages a coordinator put in the header, by their titles in the reader's language. */
    @Bean
    NavigationSource pagesInNavigation(JdbcArticles articles, Clock clock) {
        return locale -> articles.publicPages(clock.instant(), true).stream()
                .map(page -> {
                    var shown = page.text().in(locale);
                    return new NavigationSource.Entry(
                            25, page.path(), shown.content().title(), shown.language());
                })
                .toList();
    }

    @Bean
    StaffCard articlesCard() {
        return new StaffCard(35, ArticleRoutes.STAFF, "articles.staff.card.title", "articles.staff.card.text", false);
    }

    @Bean
    PageSection newsOnFrontPage(TemplateEngine templates, JdbcArticles articles, ArticleViews views, Clock clock) {
        return PageSection.of(Place.FRONT_PAGE, 300, layout -> latest(templates, articles, views, clock, layout));
    }

    @Bean
    KnowledgeSection newsOnKnowledgePage(
            TemplateEngine templates, JdbcArticles articles, ArticleViews views, Clock clock) {
        return new KnowledgeSection() {
            @Override
            public int order() {
                return 100;
            }

            @Override
            public Optional<gg.jte.Content> render(org.kompanjoner.web.Layout layout) {
                return latest(templates, articles, views, clock, layout);
            }
        };
    }

    @Bean
    KnowledgeSection pagesOnKnowledgePage(
            TemplateEngine templates, JdbcArticles articles, ArticleViews views, Clock clock) {
        return new KnowledgeSection() {
            @Override
            public int order() {
                return 200;
            }

            @Override
            public Optional<gg.jte.Content> render(org.kompanjoner.web.Layout layout) {
                List<ArticleView> pages = views.cards(articles.publicPages(clock.instant(), false), layout.locale());
                if (pages.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(output -> templates.render(
                        "knowledge/articles/_pages.jte", Map.of("layout", layout, "pages", pages), output));
            }
        };
    }

    private static Optional<gg.jte.Content> latest(
            TemplateEngine templates,
            JdbcArticles articles,
            ArticleViews views,
            Clock clock,
            org.kompanjoner.web.Layout layout) {
        List<ArticleView> news = views.cards(articles.publicNews(clock.instant(), 0, LATEST), layout.locale());
        if (news.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(output ->
                templates.render("knowledge/articles/_latest.jte", Map.of("layout", layout, "news", news), output));
    }
}
