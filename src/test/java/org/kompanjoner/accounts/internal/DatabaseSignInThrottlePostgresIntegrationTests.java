package org.kompanjoner.accounts.internal;

import org.kompanjoner.support.PostgresDatabase;
import org.kompanjoner.support.SharedNodes;

/** Sign-in throttling shared by two nodes of one PostgreSQL database. */
@SharedNodes
@PostgresDatabase.Required
class DatabaseSignInThrottlePostgresIntegrationTests extends DatabaseSignInThrottleScenarios {}
