package org.kompanjoner.web;

import org.kompanjoner.support.SharedNodes;

/** Rate limits shared by two nodes of one H2 database. */
@SharedNodes
class DatabaseRateLimitsIntegrationTests extends DatabaseRateLimitsScenarios {}
