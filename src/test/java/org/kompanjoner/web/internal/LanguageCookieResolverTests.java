package org.kompanjoner.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.kompanjoner.web.Languages;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The language cookie: set by the switch, sent only over HTTPS where the session cookie is. */
class LanguageCookieResolverTests {

    @Test
    void theCookieIsSecureWhenTheSessionCookieIs() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LanguageConfiguration.LanguageCookieResolver(true)
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
        new LanguageConfiguration.LanguageCookieResolver(false)
                .setLocale(new MockHttpServletRequest(), response, Languages.ENGLISH);
        assertThat(response.getCookie("lang").getSecure()).isFalse();
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageCountsAndSwedishIsTheFallback() {
        LanguageConfiguration.LanguageCookieResolver resolver = new LanguageConfiguration.LanguageCookieResolver(false);
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
}
