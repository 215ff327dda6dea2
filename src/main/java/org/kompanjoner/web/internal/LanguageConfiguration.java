package org.kompanjoner.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.web.Languages;
import org.kompanjoner.web.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: the one the visitor chose with the switch ({@code ?lang=en}), remembered in a
 * functional cookie (no consent needed, no tracking); before any choice, the first offered language
 * the browser asks for; Swedish when it asks for none of ours. Pages say so with {@code Vary}. Any
 * shipped language may be chosen, also one still being translated that the menu does not offer (the
 * languages page links to each, so that translators see their work in place), but the browser's list
 * alone never leads to one: a visitor who did not choose it would get half the page in Swedish.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = Languages.COOKIE;

    @Bean
    Translations translations(@Value("${kompanjoner.languages.shown:}") List<String> shown) {
        return Translations.in(
                "messages",
                shown.stream()
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .toList());
    }

    @Bean
    LocaleResolver localeResolver(
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure, Translations translations) {
        return new LanguageCookieResolver(secure, translations);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static final class LanguageCookieResolver implements LocaleResolver {

        // Sent over HTTPS only wherever the session cookie is (KOMPANJONER_SECURE_COOKIES).
        private final boolean secure;
        private final Translations translations;

        LanguageCookieResolver(boolean secure, Translations translations) {
            this.secure = secure;
            this.translations = translations;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Object chosen = request.getAttribute(COOKIE);
            if (chosen instanceof Locale locale) {
                return locale;
            }
            return Languages.chosenIn(request).orElseGet(() -> asked(request));
        }

        /** The first offered language in the browser's list; only a request that names one counts. */
        private Locale asked(HttpServletRequest request) {
            if (request.getHeader("Accept-Language") == null) {
                return Languages.SWEDISH;
            }
            return Collections.list(request.getLocales()).stream()
                    .flatMap(asked -> translations.offered(asked).stream())
                    .findFirst()
                    .orElse(Languages.SWEDISH);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (locale == null || !Languages.isSupported(locale)) {
                // An unknown language (?lang=xx) keeps whatever was chosen before.
                return;
            }
            Locale supported = Languages.supported(locale.toLanguageTag());
            request.setAttribute(COOKIE, supported);
            if (response != null) {
                Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
                cookie.setPath("/");
                cookie.setHttpOnly(true);
                cookie.setSecure(secure);
                cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
        }
    }
}
