package org.kompanjoner.knowledge.articles;

/** A news article is dated and listed among the news; a page has a fixed address and no date shown. */
enum ArticleKind {
    NEWS,
    PAGE
}
