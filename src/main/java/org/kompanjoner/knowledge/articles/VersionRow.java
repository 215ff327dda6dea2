package org.kompanjoner.knowledge.articles;

import java.time.Instant;

/** One line of an article's history: a saved version of its text in one language, and who saved it when. */
public record VersionRow(long id, String language, String title, String savedBy, Instant savedAt) {}
