package org.kompanjoner.knowledge.articles;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** News and pages, on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class ArticlesPostgresIntegrationTests extends ArticlesIntegrationTests {}
