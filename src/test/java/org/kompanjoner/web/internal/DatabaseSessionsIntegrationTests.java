package org.kompanjoner.web.internal;

import org.kompanjoner.support.SharedNodes;

/** Sessions in the database, on two nodes of one H2 database. */
@SharedNodes
class DatabaseSessionsIntegrationTests extends DatabaseSessionsScenarios {}
