package org.kompanjoner.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module asks for the time, in the county's zone. Tests replace it with one they can
 * move, instead of rewriting dates in the database.
 */
@Configuration(proxyBeanMethods = false)
class Time {

    @Bean
    Clock clock(Settings settings) {
        return settings.clock();
    }
}
