package org.kompanjoner.listings;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The listings scenarios on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class ListingsPostgresIntegrationTests extends ListingsScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (PostgresDatabase.configured()) {
            PostgresDatabase.register(registry);
        }
    }
}
