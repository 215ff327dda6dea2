package org.kompanjoner.web.internal;

import java.time.Duration;
import java.util.Optional;
import org.kompanjoner.web.MachineTranslation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The machine translation in use: a LibreTranslate server when {@code kompanjoner.translation.url} names
 * one, else none at all, so that no text leaves the platform unless an operator chose where it goes.
 */
@Configuration(proxyBeanMethods = false)
class MachineTranslationConfiguration {

    @Bean
    MachineTranslation machineTranslation(
            @Value("${kompanjoner.translation.url:}") String url,
            @Value("${kompanjoner.translation.api-key:}") String apiKey,
            @Value("${kompanjoner.translation.timeout:PT5S}") Duration timeout) {
        return url.isBlank() ? new NoMachineTranslation() : new LibreTranslate(url.strip(), apiKey, timeout);
    }

    /** No machine configured: nothing offered, nothing sent. */
    static final class NoMachineTranslation implements MachineTranslation {

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<String> translate(String text, String from, String to) {
            return Optional.empty();
        }
    }
}
