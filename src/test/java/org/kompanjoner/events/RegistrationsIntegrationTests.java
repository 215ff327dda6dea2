package org.kompanjoner.events;

import org.kompanjoner.support.IntegrationTest;

/** Registration under load on the embedded H2 database. */
@IntegrationTest
class RegistrationsIntegrationTests extends RegistrationsScenarios {}
