package org.kompanjoner.knowledge.articles;

/** A language an article may be translated into, and how its translation stands. */
public record TranslationRow(String language, boolean exists, boolean machine) {}
