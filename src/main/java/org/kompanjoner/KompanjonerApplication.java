package org.kompanjoner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kompanjoner: a platform for social innovation and cross-sector partnership in a county.
 *
 * <p>Spring Boot would keep sessions in the database as soon as Spring Session JDBC is on the class path;
 * they go there only when {@code kompanjoner.sessions=jdbc} says so ({@code web.internal.DatabaseSessions}).
 */
@SpringBootApplication(exclude = JdbcSessionAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class KompanjonerApplication {

    public static void main(String[] args) {
        SpringApplication.run(KompanjonerApplication.class, args);
    }
}
