package org.kompanjoner.knowledge.articles;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.knowledge.ArticleRoutes;
import org.kompanjoner.web.ListedInSitemap;
import org.springframework.stereotype.Component;

/** The news list and every public article and page for search engines; drafts and scheduled ones kept out. */
@Component
class ArticlesInSitemap extends ListedInSitemap {

    private final JdbcArticles articles;
    private final Clock clock;

    ArticlesInSitemap(JdbcArticles articles, Clock clock) {
        super(ArticleRoutes.NEWS);
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public List<String> disallowed() {
        return List.of(ArticleRoutes.STAFF);
    }

    @Override
    protected long entries() {
        return articles.countPublic(clock.instant());
    }

    @Override
    protected void writeEntries(long from, int limit, Consumer<Entry> entries) {
        articles.eachPublic(
                clock.instant(), from, limit, (article, changed) -> entries.accept(new Entry(article.path(), changed)));
    }
}
