package org.kompanjoner.knowledge.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.knowledge.ArticleRoutes;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Markdown;
import org.springframework.stereotype.Component;

/** Turns articles into what a page shows of them, the same on every page that lists them. */
@Component
class ArticleViews {

    private final Taxonomy taxonomy;
    private final Markdown markdown;
    private final Clock clock;

    ArticleViews(Taxonomy taxonomy, Markdown markdown, Clock clock) {
        this.taxonomy = taxonomy;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** What a list shows of each article: no text rendered. */
    List<ArticleView> cards(List<Article> articles, Locale locale) {
        Instant now = clock.instant();
        return articles.stream()
                .map(article -> view(article, locale, false, now))
                .toList();
    }

    ArticleView of(Article article, Locale locale) {
        return view(article, locale, true, clock.instant());
    }

    private ArticleView view(Article article, Locale locale, boolean whole, Instant now) {
        Translated.Shown<ArticleText> shown = article.text().in(locale);
        ArticleText text = shown.content();
        return new ArticleView(
                article.id(),
                article.kind() == ArticleKind.PAGE,
                article.path(),
                text.title(),
                text.summary(),
                whole ? markdown.content(text.body()) : null,
                shown.language(),
                shown.fallback(),
                shown.machine(),
                article.authorName(),
                article.publishAt(),
                article.challenges().stream()
                        .map(code -> code + ". " + taxonomy.label(TermKind.CHALLENGE, code, locale))
                        .toList(),
                article.hasCover()
                        ? new ArticleView.Cover(
                                ArticleRoutes.image(article.id(), "large", article.coverVersion()),
                                ArticleRoutes.image(article.id(), "small", article.coverVersion()),
                                article.coverAlt())
                        : null,
                article.draft(),
                article.scheduledAt(now));
    }
}
