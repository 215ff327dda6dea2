package org.kompanjoner.knowledge.articles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.knowledge.ArticleChanged;
import org.kompanjoner.search.IndexedCollection;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.shared.Translated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the articles' search collection in step with what is public: a draft or an article whose time
 * has not come is not in it. The original and every translation are indexed in one document, so that
 * a search in any of their languages finds the article.
 */
@Component
class ArticleIndexer extends IndexedCollection<Article> {

    static final String COLLECTION = "articles";
    private static final LocalDate FOUND_UNTIL = LocalDate.of(9999, 12, 31);

    private final JdbcArticles articles;
    private final Clock clock;

    ArticleIndexer(JdbcArticles articles, SearchIndex index, Clock clock) {
        super(COLLECTION, index);
        this.articles = articles;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ArticleChanged changed) {
        reindex(changed.articleId());
    }

    @Override
    protected Optional<Article> find(long id) {
        return articles.find(id);
    }

    @Override
    protected List<Article> after(long id, int count) {
        return articles.after(id, count);
    }

    @Override
    protected long id(Article article) {
        return article.id();
    }

    @Override
    protected boolean live(Article article) {
        return article.publicAt(clock.instant());
    }

    @Override
    protected boolean anyLive() {
        return articles.countPublic(clock.instant()) > 0;
    }

    @Override
    protected SearchDocument document(Article article) {
        Translated<ArticleText> text = article.text();
        List<String> titles = new ArrayList<>();
        List<String> body = new ArrayList<>();
        titles.add(text.original().title());
        body.add(text.original().summary());
        List<String> languages = new ArrayList<>(List.of(text.originalLanguage()));
        text.translations().forEach((language, translation) -> {
            titles.add(translation.content().title());
            body.add(translation.content().summary());
            languages.add(language);
        });
        body.add(text.original().body());
        text.translations()
                .values()
                .forEach(translation -> body.add(translation.content().body()));
        return new SearchDocument(
                COLLECTION,
                article.id(),
                String.join(" · ", titles),
                String.join("\n\n", body),
                Map.of(
                        "kind", List.of(article.kind().name()),
                        "challenge", article.challenges(),
                        "language", languages),
                article.publishAt(),
                FOUND_UNTIL);
    }
}
