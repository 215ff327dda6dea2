package org.kompanjoner.knowledge.articles;

import java.time.Instant;
import java.util.List;
import org.kompanjoner.knowledge.ArticleRoutes;
import org.kompanjoner.shared.Translated;

/**
 * A news article or a page as stored: its text in the original language and its translations, and when
 * it is public. A draft never is; otherwise it is public from {@code publishAt} on.
 *
 * @param coverVersion changes with every new cover, so that its address changes and it can be cached
 */
record Article(
        long id,
        ArticleKind kind,
        String slug,
        Translated<ArticleText> text,
        List<String> challenges,
        String authorName,
        boolean draft,
        Instant publishAt,
        boolean inNavigation,
        String coverAlt,
        long coverVersion,
        boolean hasCover,
        long writtenBy,
        Instant updatedAt) {

    Article {
        challenges = List.copyOf(challenges);
    }

    /** Whether everyone may read it at {@code now}. */
    boolean publicAt(Instant now) {
        return !draft && !publishAt.isAfter(now);
    }

    /** Published with a time still to come. */
    boolean scheduledAt(Instant now) {
        return !draft && publishAt.isAfter(now);
    }

    String path() {
        return ArticleRoutes.of(id, kind == ArticleKind.PAGE ? slug : null);
    }
}
