package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The languages found from the message files and the menu's rule, on a small set of files on the test
 * classpath ({@code test-messages/}): Swedish and English complete, Somali half translated, Tigrinya
 * begun.
 */
class TranslationsTests {

    static final Locale SOMALI = Locale.forLanguageTag("so");
    static final Locale TIGRINYA = Locale.forLanguageTag("ti");

    @Test
    void theLanguagesAreFoundFromTheFilesSwedishFirst() {
        assertThat(Translations.shippedIn("test-messages")).containsExactly("sv", "en", "so", "ti");
    }

    @Test
    void completenessIsTheShareOfSwedishKeysWithAMessage() {
        Translations translations = Translations.in("test-messages", List.of());
        Translations.Language somali = translations.languages().get(2);
        assertThat(somali.code()).isEqualTo("so");
        // Every key of web, and one of people's four: a blank message counts as missing.
        assertThat(somali.bundles())
                .extracting(Translations.Bundle::name, Translations.Bundle::translated, Translations.Bundle::keys)
                .containsExactly(tuple("people", 1, 4), tuple("web", 4, 4));
        assertThat(somali.translated()).isEqualTo(5);
        assertThat(somali.keys()).isEqualTo(8);
        assertThat(somali.complete()).isFalse();
        // A bundle with no file at all counts as nothing translated.
        Translations.Language tigrinya = translations.languages().get(3);
        assertThat(tigrinya.bundles())
                .extracting(Translations.Bundle::translated)
                .containsExactly(0, 1);
        assertThat(translations.languages().get(1).complete()).isTrue();
    }

    @Test
    void theMenuOffersOnlyCompleteLanguagesByDefault() {
        Translations translations = Translations.in("test-messages", List.of());
        assertThat(translations.offered()).containsExactly(Languages.SWEDISH, Languages.ENGLISH);
        assertThat(translations.isOffered(SOMALI)).isFalse();
        assertThat(translations.isOffered(Locale.forLanguageTag("en-GB"))).isTrue();
    }

    @Test
    void theOperatorMayOfferAnIncompleteLanguageToo() {
        Translations translations = Translations.in("test-messages", List.of("so", "xx"));
        assertThat(translations.offered()).containsExactly(Languages.SWEDISH, Languages.ENGLISH, SOMALI);
        assertThat(translations.isOffered(TIGRINYA)).isFalse();
        // A language the operator names that has no files is not shipped, so not offered.
        assertThat(translations.languages())
                .extracting(Translations.Language::code)
                .doesNotContain("xx");
    }

    @Test
    void theShippedLanguagesIncludeArabicRightToLeft() {
        assertThat(Languages.SUPPORTED).startsWith(Languages.SWEDISH, Languages.ENGLISH);
        assertThat(Languages.SUPPORTED).contains(Locale.forLanguageTag("ar"));
        assertThat(Languages.isRightToLeft(Locale.forLanguageTag("ar"))).isTrue();
        assertThat(Languages.supported("ar-SE")).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(Languages.supported("fr")).isEqualTo(Languages.SWEDISH);
    }
}
