package org.kompanjoner.knowledge.talks;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** Invitations to talk and accessibility reports, on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class TalksPostgresIntegrationTests extends TalksIntegrationTests {}
