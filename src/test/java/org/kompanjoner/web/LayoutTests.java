package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The frame's links: every address it writes stays on this site, whatever the request held. */
class LayoutTests {

    static Layout layoutFor(String path, String query) {
        return new Layout(
                new StaticMessageSource(),
                Languages.SWEDISH,
                new Layout.Address(path, query, path, "https://kompanjoner.example/"),
                null,
                Set.of(),
                null,
                List.of(),
                Layout.Contributions.NONE,
                java.time.ZoneId.of("Europe/Stockholm"),
                () -> 200,
                asset -> asset);
    }

    @Test
    void theLanguageLinkLeadsToTheSamePageInTheOtherLanguage() {
        assertThat(layoutFor("/annonser", "q=mat&lang=sv&page=2").otherLanguageUrl())
                .isEqualTo("/annonser?q=mat&page=2&lang=en");
        assertThat(layoutFor("/", null).otherLanguageUrl()).isEqualTo("/?lang=en");
    }

    @Test
    void theLanguageLinkNeverLeavesTheSite() {
        // A protocol-relative path ("//host/…") would be read by the browser as another site.
        assertThat(layoutFor("//evil.example/phish", null).otherLanguageUrl()).isEqualTo("/evil.example/phish?lang=en");
        assertThat(layoutFor("///evil.example", "a=b").otherLanguageUrl()).isEqualTo("/evil.example?a=b&lang=en");
        for (String odd : List.of(
                "/\\evil.example",
                "\\\\evil.example",
                "https://evil.example/",
                "evil.example",
                "/a\r\nLocation: x",
                "/a b",
                "/\"onmouseover=x",
                "")) {
            assertThat(layoutFor(odd, null).otherLanguageUrl()).as(odd).isEqualTo("/?lang=en");
        }
        assertThat(layoutFor(null, null).otherLanguageUrl()).isEqualTo("/?lang=en");
    }

    @Test
    void theAlternatesAreAbsoluteAddressesOnThisSite() {
        assertThat(layoutFor("/annonser", "q=mat&lang=en").alternates())
                .extracting(Layout.Alternate::hreflang, Layout.Alternate::href)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sv", "https://kompanjoner.example/annonser?q=mat&lang=sv"),
                        org.assertj.core.groups.Tuple.tuple("en", "https://kompanjoner.example/annonser?q=mat&lang=en"),
                        org.assertj.core.groups.Tuple.tuple("x-default", "https://kompanjoner.example/annonser?q=mat"));
        assertThat(layoutFor("//evil.example/phish", null).alternates())
                .extracting(Layout.Alternate::href)
                .allMatch(href -> href.startsWith("https://kompanjoner.example/evil.example/phish"));
        assertThat(layoutFor("/", null).alternates())
                .extracting(Layout.Alternate::href)
                .contains("https://kompanjoner.example/");
    }

    @Test
    void oddQueryPartsAreDroppedFromTheLanguageLink() {
        assertThat(layoutFor("/annonser", "q=%C3%A5r&x=<script>&&sort=newest").otherLanguageUrl())
                .isEqualTo("/annonser?q=%C3%A5r&sort=newest&lang=en");
    }
}
