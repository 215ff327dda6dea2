package org.kompanjoner.knowledge.publications;

import java.util.ArrayList;
import java.util.List;

/**
 * A publication in the style of APA 7 for a reference list: authors, year, the title in italics, the
 * publisher and the address. In three parts, so that a page can set the title in italics and a copy
 * still reads as one line.
 */
public record Citation(String lead, String title, String tail) {

    /** APA lists up to twenty authors; with more, the first nineteen, an ellipsis and the last. */
    static final int MOST_AUTHORS = 20;

    static Citation of(Publication publication, String address) {
        String authors = authors(publication.authors());
        if (!authors.endsWith(".")) {
            authors += ".";
        }
        String title = publication.title().strip();
        StringBuilder tail = new StringBuilder(endsASentence(title) ? "" : ".");
        // A group author that published its own work is not named twice.
        boolean selfPublished = publication.authors().size() == 1
                && publication.authors().get(0).group()
                && publication.authors().get(0).familyName().equals(publication.publisher());
        if (!publication.publisher().isBlank() && !selfPublished) {
            tail.append(' ').append(publication.publisher().strip());
            if (!endsASentence(publication.publisher().strip())) {
                tail.append('.');
            }
        }
        tail.append(' ').append(address);
        return new Citation(authors + " (" + publication.year() + "). ", title, tail.toString());
    }

    /** The whole reference as one line of plain text. */
    public String text() {
        return lead + title + tail;
    }

    static String authors(List<Author> authors) {
        List<String> names = authors.stream().map(Author::cited).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > MOST_AUTHORS) {
            List<String> first = new ArrayList<>(names.subList(0, MOST_AUTHORS - 1));
            return String.join(", ", first) + ", . . . " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.get(names.size() - 1);
    }

    private static boolean endsASentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
    }
}
