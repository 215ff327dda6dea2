package org.kompanjoner.accounts;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The accounts scenarios on PostgreSQL, the production database (same migrations). */
@IntegrationTest
@PostgresDatabase.Required
class AccountsPostgresIntegrationTests extends AccountsScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
        if (PostgresDatabase.configured()) {
            PostgresDatabase.register(registry);
        }
    }
}
