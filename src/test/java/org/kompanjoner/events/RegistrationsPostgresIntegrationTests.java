package org.kompanjoner.events;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** Registration under load on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class RegistrationsPostgresIntegrationTests extends RegistrationsScenarios {}
