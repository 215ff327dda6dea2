package org.kompanjoner.knowledge.articles;

/** The fields of an article that are written in a language and translated: title, summary, Markdown text. */
public record ArticleText(String title, String summary, String body) {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 600;
    static final int MAX_BODY = 50_000;
}
