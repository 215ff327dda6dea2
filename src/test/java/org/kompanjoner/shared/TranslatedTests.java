package org.kompanjoner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslatedTests {

    record Fields(String title) {}

    private final Translated<Fields> article = new Translated<>(
            "sv",
            new Fields("Social innovation i länet"),
            Map.of(
                    "en", new Translated.Translation<>(new Fields("Social innovation in the county"), false),
                    "de", new Translated.Translation<>(new Fields("Soziale Innovation im Bezirk"), true)));

    @Test
    void aReaderOfTheOriginalLanguageSeesTheOriginal() {
        Translated.Shown<Fields> shown = article.in(Locale.forLanguageTag("sv"));
        assertThat(shown.content().title()).isEqualTo("Social innovation i länet");
        assertThat(shown.language()).isEqualTo("sv");
        assertThat(shown.fallback()).isFalse();
    }

    @Test
    void aReaderWithATranslationSeesItInTheirLanguage() {
        Translated.Shown<Fields> shown = article.in(Locale.forLanguageTag("en"));
        assertThat(shown.content().title()).isEqualTo("Social innovation in the county");
        assertThat(shown.language()).isEqualTo("en");
        assertThat(shown.fallback()).isFalse();
        assertThat(shown.machine()).isFalse();
    }

    @Test
    void aMachineTranslationIsMarked() {
        assertThat(article.in(Locale.GERMAN).machine()).isTrue();
    }

    @Test
    void aReaderWithoutATranslationSeesTheOriginalMarkedWithItsLanguage() {
        Translated.Shown<Fields> shown = article.in(Locale.forLanguageTag("ar"));
        assertThat(shown.content().title()).isEqualTo("Social innovation i länet");
        assertThat(shown.language()).isEqualTo("sv");
        assertThat(shown.fallback()).isTrue();
        assertThat(article.has("ar")).isFalse();
        assertThat(article.has("en")).isTrue();
    }
}
