package org.kompanjoner.web.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's messages, {@code messages/<module>_<language>.properties}, found by looking: a new module
 * brings its files and nothing else is edited. Swedish is the default language, so a module's Swedish file
 * names it. There is deliberately no language-less file: a missing translation must show up in the tests,
 * not as silent Swedish.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String LOCATION = "classpath*:messages/*_sv.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
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
