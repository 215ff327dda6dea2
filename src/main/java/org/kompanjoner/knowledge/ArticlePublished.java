package org.kompanjoner.knowledge;

/**
 * An article or page became visible to everyone: saved as published with a time already past, or its
 * scheduled time came.
 */
public record ArticlePublished(long articleId) {}
