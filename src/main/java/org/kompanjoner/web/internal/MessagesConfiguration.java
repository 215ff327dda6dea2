package org.kompanjoner.web.internal;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every module's messages, {@code messages/<module>_<language>.properties}. There is deliberately no
 * language-less file: a missing translation must show up in the tests, not as silent Swedish.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(
                Arrays.stream(basenames.split(",")).map(String::strip).toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }
}
