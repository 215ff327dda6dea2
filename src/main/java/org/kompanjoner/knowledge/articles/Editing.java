package org.kompanjoner.knowledge.articles;

import java.time.Clock;
import java.time.Instant;
import org.kompanjoner.knowledge.ArticleChanged;
import org.kompanjoner.knowledge.ArticlePublished;
import org.kompanjoner.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coordinators writing: an article saved keeps a version of its text; one whose time has come is made
 * public at once (see {@link DueArticlesJob} for those scheduled later); the search index and others
 * learn of every change from events.
 */
@Service
class Editing {

    private final JdbcArticles articles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Editing(JdbcArticles articles, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new article, with its cover when one came (already checked). */
    @Transactional
    long create(ArticleDraft draft, Covers.Cover cover, long writer) {
        Instant now = clock.instant();
        long id = articles.insert(draft, writer, now);
        articles.addVersion(id, draft.language(), draft.text(), writer, now);
        if (cover != null) {
            articles.putCover(id, cover, now);
        }
        announced(id, draft, now);
        return id;
    }

    @Transactional
    void update(long id, ArticleDraft draft, Covers.Cover cover, long writer) {
        if (!articles.lock(id)) {
            throw Refused.notFound();
        }
        Article before = articles.find(id).orElseThrow(Refused::notFound);
        Instant now = clock.instant();
        articles.update(id, draft, now);
        if (before.slug() != null && !before.slug().equals(draft.slug())) {
            articles.renamed(id, before.slug(), draft.slug());
        }
        if (!before.text().original().equals(draft.text())
                || !before.text().originalLanguage().equals(draft.language())) {
            articles.addVersion(id, draft.language(), draft.text(), writer, now);
        }
        if (cover != null) {
            articles.putCover(id, cover, now);
        }
        if (draft.draft() || draft.publishAt().isAfter(now)) {
            // Back to draft or to a later time: made public again when its time comes.
            articles.unannounce(id);
        }
        announced(id, draft, now);
    }

    private void announced(long id, ArticleDraft draft, Instant now) {
        if (!draft.draft() && !draft.publishAt().isAfter(now) && articles.announce(id, now)) {
            events.publishEvent(new ArticlePublished(id));
        }
        events.publishEvent(new ArticleChanged(id));
    }

    /** A translation added or changed; a version of it is kept. */
    @Transactional
    void translate(long id, String language, ArticleText text, boolean machine, long writer) {
        if (!articles.lock(id)) {
            throw Refused.notFound();
        }
        Article article = articles.find(id).orElseThrow(Refused::notFound);
        if (article.text().originalLanguage().equals(language)) {
            throw new Refused("articles.translation.same-language");
        }
        Instant now = clock.instant();
        articles.putTranslation(id, language, text, machine, now);
        articles.addVersion(id, language, text, writer, now);
        events.publishEvent(new ArticleChanged(id));
    }

    @Transactional
    void removeTranslation(long id, String language) {
        if (!articles.lock(id) || !articles.removeTranslation(id, language, clock.instant())) {
            throw Refused.notFound();
        }
        events.publishEvent(new ArticleChanged(id));
    }

    @Transactional
    void removeCover(long id) {
        if (!articles.lock(id)) {
            throw Refused.notFound();
        }
        articles.removeCover(id, clock.instant());
        events.publishEvent(new ArticleChanged(id));
    }

    /** Makes public the articles whose time has come, each in its own transaction; how many were. */
    int announceDue() {
        Instant now = clock.instant();
        int announced = 0;
        for (long id : articles.dueUnannounced(now)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> {
                if (!articles.announce(id, now)) {
                    return false;
                }
                events.publishEvent(new ArticlePublished(id));
                events.publishEvent(new ArticleChanged(id));
                return true;
            }))) {
                announced++;
            }
        }
        return announced;
    }
}
