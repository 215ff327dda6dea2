package org.kompanjoner.accounts;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** The accounts scenarios on PostgreSQL, the production database (same migrations). */
@IntegrationTest
@PostgresDatabase.Required
class AccountsPostgresIntegrationTests extends AccountsScenarios {}
