package org.kompanjoner.knowledge.publications;

import java.time.Instant;
import java.util.List;

/**
 * A publication in the library: a report kept here as a PDF, or a link to something published
 * elsewhere, with what the reference list and the search need.
 *
 * @param link the address of a publication elsewhere; null for one kept here
 * @param file the file kept here; null for a link
 */
public record Publication(
        long id,
        PublicationKind kind,
        String title,
        List<Author> authors,
        int year,
        String language,
        String publisher,
        List<String> challenges,
        String summary,
        String link,
        StoredFile file,
        Instant createdAt,
        Instant updatedAt) {

    public boolean kept() {
        return file != null;
    }
}
