package org.kompanjoner.programmes.boards;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** Advisers, cases, panels, meetings, follow-ups and stories on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class BoardsPostgresIntegrationTests extends BoardsIntegrationTests {}
