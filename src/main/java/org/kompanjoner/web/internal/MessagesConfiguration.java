package org.kompanjoner.web.internal;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.kompanjoner.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's messages, {@code messages/<module>_<language>.properties}, found by looking: a new module
 * brings its files and nothing else is edited. Swedish is the default language, so a module's Swedish file
 * names it. A message a language lacks is shown in Swedish: a language still being translated (offered
 * only when the operator chooses to) shows its missing messages in Swedish, never an error or a key. For
 * the complete languages the tests fail on a missing key, so the fallback is never seen there.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String LOCATION = "classpath*:messages/*_sv.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        return withSwedishFallback(basenames());
    }

    /** The messages of {@code basenames} in the language asked for, and in Swedish where it has none. */
    static MessageSource withSwedishFallback(String... basenames) {
        ResourceBundleMessageSource messages = bundles(basenames);
        messages.setParentMessageSource(new InSwedish(bundles(basenames)));
        return messages;
    }

    private static ResourceBundleMessageSource bundles(String... basenames) {
        ResourceBundleMessageSource messages = new BlankIsMissing();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding("UTF-8");
        // No language-less file and no system language: a key is looked up in the page's language, then
        // in Swedish, and nowhere else.
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }

    /**
     * A blank message counts as none, as it does on the languages page: a translator's file may hold a
     * key whose translation is still to be written.
     */
    static final class BlankIsMissing extends ResourceBundleMessageSource {

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            String message = super.resolveCodeWithoutArguments(code, locale);
            return message == null || message.isBlank() ? null : message;
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat format = super.resolveCode(code, locale);
            return format == null || format.toPattern().isBlank() ? null : format;
        }
    }

    /** The messages in Swedish whatever language is asked for: where a translation lacks a key. */
    record InSwedish(MessageSource swedish) implements MessageSource {

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return swedish.getMessage(code, args, defaultMessage, Languages.SWEDISH);
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) {
            return swedish.getMessage(code, args, Languages.SWEDISH);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            return swedish.getMessage(resolvable, Languages.SWEDISH);
        }
    }

    /** {@code messages/web}, {@code messages/listings}, … in a stable order. */
    static String[] basenames() throws IOException {
        Resource[] swedish = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        return Arrays.stream(swedish)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> "messages/" + name.substring(0, name.length() - "_sv.properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }
}
