package org.kompanjoner.events;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** Translations of events' titles, summaries and programmes, on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class EventTranslationsPostgresIntegrationTests extends EventTranslationsIntegrationTests {}
