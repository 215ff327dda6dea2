package org.kompanjoner.listings;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** The listings scenarios on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class ListingsPostgresIntegrationTests extends ListingsScenarios {}
