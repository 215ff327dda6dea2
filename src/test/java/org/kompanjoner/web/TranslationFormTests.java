package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;

/** The checks every translation form makes, and what a reader is shown of translated content. */
class TranslationFormTests {

    static final TranslationForm.Limits LIMITS = new TranslationForm.Limits(10, 20, 30);

    static TranslationForm form(String language, String title, String summary, String text) {
        return new TranslationForm(language, title, summary, text, null, null);
    }

    @Test
    void aGoodTranslationHasNoProblemsAndIsKeptClean() {
        TranslationForm form = form("en", "  Title\u202E ", "Summary", "Text");

        assertThat(form.check("sv", LIMITS).hasErrors()).isFalse();
        assertThat(form.fields()).isEqualTo(new TextFields("Title", "Summary", "Text"));
        assertThat(form.madeByMachine()).isFalse();
    }

    @Test
    void refusesAnUnknownLanguageTheOriginalsOwnAnEmptyTitleAndTooLongFields() {
        assertThat(form("xx", "T", "", "")
                        .check("sv", LIMITS)
                        .getFieldError("language")
                        .getCode())
                .isEqualTo("web.translation.language.unknown");
        assertThat(form("sv", "T", "", "")
                        .check("sv", LIMITS)
                        .getFieldError("language")
                        .getCode())
                .isEqualTo("web.translation.language.original");
        assertThat(form("en", " ", "", "")
                        .check("sv", LIMITS)
                        .getFieldError("title")
                        .getCode())
                .isEqualTo("web.translation.title.required");
        var tooLong = form("en", "x".repeat(11), "x".repeat(21), "x".repeat(31)).check("sv", LIMITS);
        assertThat(tooLong.getFieldErrorCount()).isEqualTo(3);
    }

    @Test
    void aMachinesTranslationStaysMarkedUntilAPersonConfirmsIt() {
        TranslationForm filled = form("en", "", "", "").byMachine(new TextFields("T", "S", "X"));

        assertThat(filled.madeByMachine()).isTrue();
        assertThat(new TranslationForm("en", "T", "S", "X", true, true).madeByMachine())
                .isFalse();
    }

    @Test
    void aReaderOfALanguageWithoutTranslationSeesTheOriginalMarkedAsSuch() {
        var content = new Translated<>(
                "sv",
                new TextFields("Hej", "", ""),
                Map.of("en", new Translated.Translation<>(new TextFields("Hello", "", ""), true)));

        assertThat(content.in(Locale.forLanguageTag("en")))
                .isEqualTo(new Translated.Shown<>(new TextFields("Hello", "", ""), "en", false, true));
        assertThat(content.in(Locale.forLanguageTag("ar")))
                .isEqualTo(new Translated.Shown<>(new TextFields("Hej", "", ""), "sv", true, false));
        assertThat(TranslationPages.languagesBesides("sv")).doesNotContain("sv").contains("en");
    }
}
