package org.kompanjoner.initiatives;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** The inventory's scenarios on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class InitiativesPostgresIntegrationTests extends InitiativesScenarios {}
