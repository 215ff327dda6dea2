package org.kompanjoner.shared;

/**
 * The fields of people's content that are translated: a title, a short summary and a longer text
 * (Markdown where the module renders it so). Modules keep their own content and hand these three to
 * {@link Translated}.
 */
public record TextFields(String title, String summary, String text) {}
