package org.kompanjoner.knowledge.publications;

import java.util.Arrays;
import java.util.List;

/**
 * A publication as a coordinator types it. Authors come one a line (family name, comma, given names; or
 * an organisation's name); the year is kept as typed, so that nonsense is a field message rather than a
 * binding failure. The file comes beside the form, as an upload.
 */
public record PublicationForm(
        String kind,
        String title,
        String authors,
        String year,
        String language,
        String publisher,
        List<String> challenges,
        String summary,
        String link) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_AUTHORS = 50;
    public static final int MAX_AUTHOR = 100;
    public static final int MAX_PUBLISHER = 200;
    public static final int MAX_SUMMARY = 3000;
    public static final int MAX_LINK = 1000;
    public static final int MAX_CHALLENGES = 3;

    /** The languages a publication can be written in. */
    public static final List<String> LANGUAGES = List.of("sv", "en", "ar", "da", "de", "es", "fi", "fr", "no");

    public PublicationForm {
        kind = empty(kind).strip();
        title = empty(title);
        authors = empty(authors);
        year = empty(year).strip();
        language = empty(language).strip();
        publisher = empty(publisher);
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        summary = empty(summary);
        link = empty(link).strip();
    }

    static PublicationForm empty() {
        return new PublicationForm("REPORT", "", "", "", "sv", "", List.of(), "", "");
    }

    static PublicationForm of(Publication publication) {
        return new PublicationForm(
                publication.kind().name(),
                publication.title(),
                String.join(
                        "\n", publication.authors().stream().map(Author::line).toList()),
                Integer.toString(publication.year()),
                publication.language(),
                publication.publisher(),
                publication.challenges(),
                publication.summary(),
                publication.link() == null ? "" : publication.link());
    }

    /** The authors' lines that hold something, in order. */
    List<String> authorLines() {
        return Arrays.stream(authors.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    Publications.Content content() {
        return new Publications.Content(
                PublicationKind.valueOf(kind),
                title.strip(),
                authorLines().stream().map(Author::parse).toList(),
                Integer.parseInt(year),
                language,
                publisher.strip(),
                challenges,
                summary.strip(),
                link.isEmpty() ? null : link);
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
