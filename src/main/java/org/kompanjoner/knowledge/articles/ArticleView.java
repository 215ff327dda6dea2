package org.kompanjoner.knowledge.articles;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;

/**
 * What a page shows of an article in the reader's language: the translation into it when there is one,
 * else the original with its language named ({@code fallback}) so that its {@code lang} can be set.
 *
 * @param body the rendered and sanitised text; null on cards
 * @param cover the cover's addresses and alternative text; null when there is none
 */
public record ArticleView(
        long id,
        boolean page,
        String path,
        String title,
        String summary,
        Content body,
        String language,
        boolean fallback,
        boolean machine,
        String authorName,
        Instant publishAt,
        List<String> challenges,
        Cover cover,
        boolean draft,
        boolean scheduled) {

    /** The cover in two sizes, and what it shows for those who cannot see it. */
    public record Cover(String large, String small, String alt) {}
}
