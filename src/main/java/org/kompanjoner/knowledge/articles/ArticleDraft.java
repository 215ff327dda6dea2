package org.kompanjoner.knowledge.articles;

import java.time.Instant;
import java.util.List;

/** What a coordinator saves of an article, checked: everything but its translations and its cover. */
record ArticleDraft(
        ArticleKind kind,
        String slug,
        String language,
        ArticleText text,
        List<String> challenges,
        String authorName,
        boolean draft,
        Instant publishAt,
        boolean inNavigation,
        String coverAlt) {

    ArticleDraft {
        challenges = List.copyOf(challenges);
    }
}
