package org.kompanjoner.web;

import java.util.List;
import java.util.Locale;

/**
 * Header links that a module works out for each page rather than fixing once, such as the pages a
 * coordinator chose to show in the header, with their titles in the reader's language. They are shown
 * to everyone, among the {@link NavigationEntry} beans by their {@code order}. A source that fails
 * (its database is away) adds nothing, so that the frame and its error pages still render.
 */
public interface NavigationSource {

    /**
     * One computed link: its place among the others, where it leads, its text already translated, and
     * the language that text is in (a page not yet translated into the reader's language keeps its
     * original title, which a screen reader must then read in that language).
     */
    record Entry(int order, String path, String label, String language) {}

    List<Entry> entries(Locale locale);
}
