package org.kompanjoner.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.kompanjoner.web.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: Swedish unless the visitor chose another supported language with the switch
 * ({@code ?lang=en}), which is remembered in a functional cookie (no consent needed, no tracking).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookieResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static final class LanguageCookieResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Object chosen = request.getAttribute(COOKIE);
            if (chosen instanceof Locale locale) {
                return locale;
            }
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (COOKIE.equals(cookie.getName())) {
                        return Languages.supported(cookie.getValue());
                    }
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
                cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
        }
    }
}
