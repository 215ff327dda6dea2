package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The frame's links: every address it writes stays on this site, whatever the request held. */
class LayoutTests {

    static Layout layoutFor(String path, String query) {
        return layoutOffering(path, query, List.of(Languages.SWEDISH, Languages.ENGLISH));
    }

    static Layout layoutOffering(String path, String query, List<java.util.Locale> offered) {
        return layoutIn(Languages.SWEDISH, path, query, offered);
    }

    static Layout layoutIn(java.util.Locale language, String path, String query, List<java.util.Locale> offered) {
        return new Layout(
                new StaticMessageSource(),
                language,
                new Layout.Address(path, query, path, "https://kompanjoner.example/"),
                null,
                Set.of(),
                null,
                List.of(),
                Layout.Contributions.NONE,
                java.time.ZoneId.of("Europe/Stockholm"),
                () -> 200,
                asset -> asset,
                offered);
    }

    @Test
    void theLanguageLinkLeadsToTheSamePageInTheOtherLanguage() {
        assertThat(layoutFor("/annonser", "q=mat&lang=sv&page=2").languageUrl("en"))
                .isEqualTo("/annonser?q=mat&page=2&lang=en");
        assertThat(layoutFor("/", null).languageUrl("en")).isEqualTo("/?lang=en");
    }

    @Test
    void theLanguageMenuNamesEveryOtherOfferedLanguageInItself() {
        Layout layout = layoutOffering(
                "/annonser",
                "q=mat",
                List.of(Languages.SWEDISH, Languages.ENGLISH, java.util.Locale.forLanguageTag("ar")));
        assertThat(layout.languageMenu())
                .extracting(Layout.LanguageLink::code, Layout.LanguageLink::name, Layout.LanguageLink::href)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "English", "/annonser?q=mat&lang=en"),
                        org.assertj.core.groups.Tuple.tuple("ar", "العربية", "/annonser?q=mat&lang=ar"));
        assertThat(layout.alternates())
                .extracting(Layout.Alternate::hreflang)
                .containsExactly("sv", "en", "ar", "x-default");
    }

    @Test
    void aChosenLanguageTheMenuDoesNotOfferCanStillBeKeptOnTheAccount() {
        Layout layout = layoutIn(
                java.util.Locale.forLanguageTag("so"),
                "/mitt-konto",
                null,
                List.of(Languages.SWEDISH, Languages.ENGLISH));
        assertThat(layout.offeredLanguages())
                .extracting(Layout.LanguageLink::code)
                .containsExactly("sv", "en", "so");
        assertThat(layout.languageMenu()).extracting(Layout.LanguageLink::code).containsExactly("sv", "en");
    }

    @Test
    void theLanguageLinkNeverLeavesTheSite() {
        // A protocol-relative path ("//host/…") would be read by the browser as another site.
        assertThat(layoutFor("//evil.example/phish", null).languageUrl("en")).isEqualTo("/evil.example/phish?lang=en");
        assertThat(layoutFor("///evil.example", "a=b").languageUrl("en")).isEqualTo("/evil.example?a=b&lang=en");
        for (String odd : List.of(
                "/\\evil.example",
                "\\\\evil.example",
                "https://evil.example/",
                "evil.example",
                "/a\r\nLocation: x",
                "/a b",
                "/\"onmouseover=x",
                "")) {
            assertThat(layoutFor(odd, null).languageUrl("en")).as(odd).isEqualTo("/?lang=en");
        }
        assertThat(layoutFor(null, null).languageUrl("en")).isEqualTo("/?lang=en");
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
        assertThat(layoutFor("/annonser", "q=%C3%A5r&x=<script>&&sort=newest").languageUrl("en"))
                .isEqualTo("/annonser?q=%C3%A5r&sort=newest&lang=en");
    }
}
