package org.kompanjoner.initiatives;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** Translations of initiatives, on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class InitiativeTranslationsPostgresIntegrationTests extends InitiativeTranslationsIntegrationTests {}
