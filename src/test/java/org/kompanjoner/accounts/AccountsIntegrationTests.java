package org.kompanjoner.accounts;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The accounts scenarios on the embedded H2 database. */
@IntegrationTest
class AccountsIntegrationTests extends AccountsScenarios {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }
}
