package org.kompanjoner.knowledge.publications;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** The publication library, on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class PublicationsPostgresIntegrationTests extends PublicationsIntegrationTests {}
