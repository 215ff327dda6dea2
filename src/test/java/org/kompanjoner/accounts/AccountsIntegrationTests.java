package org.kompanjoner.accounts;

import org.kompanjoner.support.IntegrationTest;

/** The accounts scenarios on the embedded H2 database. */
@IntegrationTest
class AccountsIntegrationTests extends AccountsScenarios {}
