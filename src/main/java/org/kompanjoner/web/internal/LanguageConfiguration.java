package org.kompanjoner.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.kompanjoner.web.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: the one the visitor chose with the switch ({@code ?lang=en}), remembered in a
 * functional cookie (no consent needed, no tracking); before any choice, the first supported language
 * the browser asks for; Swedish when it asks for none of ours. Pages say so with {@code Vary}.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = Languages.COOKIE;

    @Bean
    LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        return new LanguageCookieResolver(secure);
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

        LanguageCookieResolver(boolean secure) {
            this.secure = secure;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Object chosen = request.getAttribute(COOKIE);
            if (chosen instanceof Locale locale) {
                return locale;
            }
            return Languages.chosenIn(request).orElseGet(() -> asked(request));
        }

        /** The first supported language in the browser's list; only a request that names one counts. */
        private static Locale asked(HttpServletRequest request) {
            if (request.getHeader("Accept-Language") == null) {
                return Languages.SWEDISH;
            }
            for (Locale asked : Collections.list(request.getLocales())) {
                if (Languages.isSupported(asked)) {
                    return Languages.supported(asked.toLanguageTag());
                }
            }
            return Languages.SWEDISH;
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
