package org.kompanjoner.web;

import org.kompanjoner.support.PostgresDatabase;
import org.kompanjoner.support.SharedNodes;

/** Rate limits shared by two nodes of one PostgreSQL database. */
@SharedNodes
@PostgresDatabase.Required
class DatabaseRateLimitsPostgresIntegrationTests extends DatabaseRateLimitsScenarios {}
