package org.kompanjoner.knowledge;

/** An article or page was saved, translated, given a cover or taken back to draft. */
public record ArticleChanged(long articleId) {}
