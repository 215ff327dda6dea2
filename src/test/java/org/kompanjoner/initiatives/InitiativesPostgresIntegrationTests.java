package org.kompanjoner.initiatives;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inventory's scenarios on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class InitiativesPostgresIntegrationTests extends InitiativesScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (PostgresDatabase.configured()) {
            PostgresDatabase.register(registry);
        }
    }
}
