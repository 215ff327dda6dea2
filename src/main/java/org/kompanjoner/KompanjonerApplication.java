package org.kompanjoner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Kompanjoner: a platform for social innovation and cross-sector partnership in a county. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class KompanjonerApplication {

    public static void main(String[] args) {
        SpringApplication.run(KompanjonerApplication.class, args);
    }
}
