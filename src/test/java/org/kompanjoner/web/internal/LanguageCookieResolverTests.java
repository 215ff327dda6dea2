package org.kompanjoner.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kompanjoner.web.Languages;
import org.kompanjoner.web.Translations;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The language cookie: set by the switch, sent only over HTTPS where the session cookie is. */
class LanguageCookieResolverTests {

    static final Translations SHIPPED = Translations.in("messages", List.of());

    @Test
    void theCookieIsSecureWhenTheSessionCookieIs() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LanguageConfiguration.LanguageCookieResolver(true, SHIPPED)
                .setLocale(new MockHttpServletRequest(), response, Languages.ENGLISH);
        Cookie cookie = response.getCookie("lang");
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
    }

    @Test
    void theCookieIsPlainOnAPlainHttpSetUp() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LanguageConfiguration.LanguageCookieResolver(false, SHIPPED)
                .setLocale(new MockHttpServletRequest(), response, Languages.ENGLISH);
        assertThat(response.getCookie("lang").getSecure()).isFalse();
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageCountsAndSwedishIsTheFallback() {
        LanguageConfiguration.LanguageCookieResolver resolver =
                new LanguageConfiguration.LanguageCookieResolver(false, SHIPPED);
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.addHeader("Accept-Language", "fr-FR, en-GB;q=0.8, sv;q=0.5");
        assertThat(resolver.resolveLocale(english)).isEqualTo(Languages.ENGLISH);
        // A request that names no language (scripts, crawlers) gets Swedish.
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Languages.SWEDISH);
        MockHttpServletRequest chosen = new MockHttpServletRequest();
        chosen.addHeader("Accept-Language", "en");
        chosen.setCookies(new Cookie("lang", "sv"));
        assertThat(resolver.resolveLocale(chosen)).isEqualTo(Languages.SWEDISH);
    }

    @Test
    void theBrowsersListLeadsOnlyToAnOfferedLanguage() {
        Translations somaliBegun = Translations.in("test-messages", List.of());
        MockHttpServletRequest somali = new MockHttpServletRequest();
        somali.addHeader("Accept-Language", "so, en;q=0.8");
        // Somali is half translated and not offered: the browser's next language is used.
        assertThat(new LanguageConfiguration.LanguageCookieResolver(false, somaliBegun).resolveLocale(somali))
                .isEqualTo(Languages.ENGLISH);
        Translations somaliShown = Translations.in("test-messages", List.of("so"));
        assertThat(new LanguageConfiguration.LanguageCookieResolver(false, somaliShown).resolveLocale(somali))
                .isEqualTo(Locale.forLanguageTag("so"));
    }

    @Test
    void arabicIsChosenRememberedAndFollowedFromTheBrowser() {
        LanguageConfiguration.LanguageCookieResolver resolver =
                new LanguageConfiguration.LanguageCookieResolver(false, SHIPPED);
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(new MockHttpServletRequest(), response, Locale.forLanguageTag("ar"));
        assertThat(response.getCookie("lang").getValue()).isEqualTo("ar");
        MockHttpServletRequest returning = new MockHttpServletRequest();
        returning.setCookies(new Cookie("lang", "ar"));
        assertThat(resolver.resolveLocale(returning)).isEqualTo(Locale.forLanguageTag("ar"));
        MockHttpServletRequest asking = new MockHttpServletRequest();
        asking.addHeader("Accept-Language", "ar-SY, en;q=0.5");
        assertThat(resolver.resolveLocale(asking)).isEqualTo(Locale.forLanguageTag("ar"));
    }
}
