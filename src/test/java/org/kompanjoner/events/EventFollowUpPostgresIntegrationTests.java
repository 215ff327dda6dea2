package org.kompanjoner.events;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** Answers, their deletion, materials kept as bytes, co-organisers and check-in on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class EventFollowUpPostgresIntegrationTests extends EventFollowUpIntegrationTests {}
