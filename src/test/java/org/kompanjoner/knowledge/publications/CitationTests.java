package org.kompanjoner.knowledge.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** References in APA 7 style, as the library's pages show them to copy. */
class CitationTests {

    static Publication publication(List<Author> authors, String title, String publisher) {
        return new Publication(
                1,
                PublicationKind.REPORT,
                title,
                authors,
                2019,
                "sv",
                publisher,
                List.of(),
                "Om",
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    static final String ADDRESS = "https://exempel.se/publikationer/1";

    @Test
    void oneAuthorIsFamilyNameAndInitials() {
        Citation citation = Citation.of(
                publication(List.of(new Author("Ljung", "Anna Maria")), "Social innovation i Jönköpings län", "SIRU"),
                ADDRESS);
        assertThat(citation.lead()).isEqualTo("Ljung, A. M. (2019). ");
        assertThat(citation.title()).isEqualTo("Social innovation i Jönköpings län");
        assertThat(citation.text())
                .isEqualTo("Ljung, A. M. (2019). Social innovation i Jönköpings län. SIRU. " + ADDRESS);
    }

    @Test
    void twoAuthorsAreJoinedWithAnAmpersand() {
        Citation citation = Citation.of(
                publication(List.of(new Author("Ljung", "Anna"), new Author("Berg", "Karl-Erik")), "Slutrapport", ""),
                ADDRESS);
        assertThat(citation.text()).isEqualTo("Ljung, A., & Berg, K.-E. (2019). Slutrapport. " + ADDRESS);
    }

    @Test
    void threeOrMoreAuthorsAreListedWithAnAmpersandBeforeTheLast() {
        Citation citation = Citation.of(
                publication(
                        List.of(new Author("Ljung", "Anna"), new Author("Berg", "Karl"), new Author("Ström", "Åsa")),
                        "Vad hände sedan?",
                        "Jönköping University"),
                ADDRESS);
        assertThat(citation.text())
                .isEqualTo(
                        "Ljung, A., Berg, K., & Ström, Å. (2019). Vad hände sedan? Jönköping University. " + ADDRESS);
    }

    @Test
    void moreThanTwentyAuthorsAreTheFirstNineteenAnEllipsisAndTheLast() {
        List<Author> authors = IntStream.rangeClosed(1, 22)
                .mapToObj(i -> new Author("Namn" + i, "Anna"))
                .toList();
        String lead =
                Citation.of(publication(authors, "Stor studie", ""), ADDRESS).lead();
        assertThat(lead)
                .contains("Namn19, A., . . . Namn22, A. (2019)")
                .doesNotContain("Namn20")
                .doesNotContain("&");
    }

    @Test
    void aGroupAuthorIsNamedInFullAndNotRepeatedAsPublisher() {
        Citation citation = Citation.of(
                publication(
                        List.of(new Author("Region Jönköpings län", "")), "Kunskapsrapport", "Region Jönköpings län"),
                ADDRESS);
        assertThat(citation.text()).isEqualTo("Region Jönköpings län. (2019). Kunskapsrapport. " + ADDRESS);
    }

    @Test
    void aLineIsReadAsFamilyNameCommaGivenNames() {
        assertThat(Author.parse(" Ljung ,  Anna ")).isEqualTo(new Author("Ljung", "Anna"));
        assertThat(Author.parse("Coompanion Jönköpings län").group()).isTrue();
    }
}
