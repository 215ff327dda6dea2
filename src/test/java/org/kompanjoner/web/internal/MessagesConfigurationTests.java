package org.kompanjoner.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * A page in a language still being translated shows each missing message in Swedish: never an error and
 * never the key. Measured on the small set of files under {@code test-messages/}, where Somali lacks a
 * message and has another left blank.
 */
class MessagesConfigurationTests {

    static final Locale SOMALI = Locale.forLanguageTag("so");

    final MessageSource messages =
            MessagesConfiguration.withSwedishFallback("test-messages/web", "test-messages/people");

    @Test
    void aTranslatedMessageIsShownInTheLanguage() {
        assertThat(messages.getMessage("people.name", null, SOMALI)).isEqualTo("Magac");
        assertThat(messages.getMessage("web.b", null, Locale.ENGLISH)).isEqualTo("Two");
    }

    @Test
    void aMissingOrBlankMessageIsShownInSwedish() {
        assertThat(messages.getMessage("people.phone", null, SOMALI)).isEqualTo("Telefon");
        assertThat(messages.getMessage("people.email", null, SOMALI)).isEqualTo("E-post");
        // A language with no file at all for a part, and one with no files at all.
        assertThat(messages.getMessage("people.town", null, Locale.forLanguageTag("ti")))
                .isEqualTo("Ort");
        assertThat(messages.getMessage("web.a", null, Locale.forLanguageTag("fi")))
                .isEqualTo("Ett");
    }

    @Test
    void aKeyNotEvenSwedishHasIsStillAnErrorTheTestsCatch() {
        assertThatThrownBy(() -> messages.getMessage("web.nothing", null, SOMALI))
                .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void theApplicationsMessagesFallBackToSwedishForALanguageWithoutFiles() throws Exception {
        MessageSource application = new MessagesConfiguration().messageSource();
        assertThat(application.getMessage("web.home.title", null, SOMALI)).isEqualTo("Startsida");
        assertThat(application.getMessage("web.home.title", null, Locale.forLanguageTag("ar")))
                .isEqualTo("الصفحة الرئيسية");
    }
}
