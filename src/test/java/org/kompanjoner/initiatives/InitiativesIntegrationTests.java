package org.kompanjoner.initiatives;

import org.kompanjoner.support.IntegrationTest;

/** The inventory's scenarios on the embedded H2 database. */
@IntegrationTest
class InitiativesIntegrationTests extends InitiativesScenarios {}
