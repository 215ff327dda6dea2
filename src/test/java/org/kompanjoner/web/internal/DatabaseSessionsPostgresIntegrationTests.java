package org.kompanjoner.web.internal;

import org.kompanjoner.support.PostgresDatabase;
import org.kompanjoner.support.SharedNodes;

/** Sessions in the database, on two nodes of one PostgreSQL database. */
@SharedNodes
@PostgresDatabase.Required
class DatabaseSessionsPostgresIntegrationTests extends DatabaseSessionsScenarios {}
