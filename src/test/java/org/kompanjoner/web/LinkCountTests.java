package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Links are counted in every spelling that leads somewhere, so a limit on links cannot be written around. */
class LinkCountTests {

    final Markdown markdown = new Markdown();

    /** One link each, in the Markdown of a description: what the renderer links and what has a scheme. */
    static final List<String> ONE_LINK = List.of(
            "https://exempel.se",
            "http://exempel.se/väg?x=1&y=2",
            "https:exempel.se",
            "HTTPS:exempel.se",
            "HtTp://exempel.se",
            "http:\\\\exempel.se",
            "http:\\exempel.se",
            "//exempel.se",
            "www.exempel.se",
            "ftp://exempel.se",
            "mailto:anna@exempel.se",
            "javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "se https://www.exempel.se/www.",
            "<https://exempel.se>",
            "<HTTPS:exempel.se>",
            "<anna@exempel.se>",
            "[här](https://exempel.se)",
            "[här](https:exempel.se)",
            "[här](javascript:alert(1))",
            "[här](//exempel.se)",
            "[här](exempel.se)",
            "[https://a.exempel](https://b.exempel)",
            "[här][ref]\n\n[ref]: https://exempel.se",
            "![bild](https://exempel.se/a.png)",
            "&#104;ttps://exempel.se",
            "`https://exempel.se`",
            "    https://exempel.se",
            "<a href=\"https://exempel.se\">här</a>",
            "**https:exempel.se**");

    @ParameterizedTest
    @FieldSource("ONE_LINK")
    void countsEachSpellingOfALinkOnce(String spelling) {
        assertThat(markdown.links(spelling)).as(spelling).isEqualTo(1);
        assertThat(markdown.links("Läs " + spelling + " och " + spelling + " i dag."))
                .as(spelling + " twice")
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Vi ses kl. 10:30 i Jönköping.",
                "Obs: anmälan senast fredag.",
                "Ring Tel:036-10 10 10",
                "Skriv till anna@exempel.se",
                "Vi söker och/eller erbjuder stöd.",
                "Metadata:fält och profile:sida",
                "exempel.se/sida",
                "JavaScript: ett programspråk"
            })
    void countsNoLinkInOrdinaryText(String text) {
        assertThat(markdown.links(text)).as(text).isZero();
        assertThat(Markdown.linksInText(text)).as(text).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https:exempel.se",
                "HTTP://exempel.se",
                "http:\\\\exempel.se",
                "//exempel.se",
                "www.exempel.se",
                "javascript:alert(1)",
                "(https:exempel.se)"
            })
    void countsAddressesInPlainText(String address) {
        assertThat(Markdown.linksInText("Se " + address + " nu")).as(address).isEqualTo(1);
    }

    private static final Pattern RENDERED_LINK = Pattern.compile("<a\\s");

    /** Whatever the text, every link the page would show is counted (and something with a scheme too). */
    @org.junit.jupiter.api.Test
    void aLinkWrittenInsideALinksTextCountsToo() {
        // The renderer writes the inner address as a link of its own beside the outer one.
        assertThat(markdown.links("[se <https://exempel.se>](https://annat.exempel)"))
                .isEqualTo(2);
        assertThat(markdown.links("[![bild](https://exempel.se/a.png)](https://annat.exempel)"))
                .isEqualTo(2);
    }

    @Property(tries = 2000)
    void neverCountsFewerLinksThanThePageShows(@ForAll("descriptions") String description) {
        String html = markdown.toHtml(description);
        Matcher rendered = RENDERED_LINK.matcher(html);
        int shown = 0;
        while (rendered.find()) {
            shown++;
        }
        assertThat(markdown.links(description)).as(html).isGreaterThanOrEqualTo(shown);
    }

    @Provide
    Arbitrary<String> descriptions() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.of(ONE_LINK),
                Arbitraries.of("Vi", "söker", "**partner**", "_gärna_", "i", "Jönköping.", "\n\n", "- ", "# ", "> "),
                Arbitraries.strings().withChars("ab:/\\.<>[]()!`*_hw ").ofMaxLength(12));
        return words.list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }
}
