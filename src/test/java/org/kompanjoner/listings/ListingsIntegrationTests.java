package org.kompanjoner.listings;

import org.kompanjoner.support.IntegrationTest;

/** The listings scenarios on the embedded H2 database. */
@IntegrationTest
class ListingsIntegrationTests extends ListingsScenarios {}
