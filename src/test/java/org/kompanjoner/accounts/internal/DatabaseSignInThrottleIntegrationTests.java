package org.kompanjoner.accounts.internal;

import org.kompanjoner.support.SharedNodes;

/** Sign-in throttling shared by two nodes of one H2 database. */
@SharedNodes
class DatabaseSignInThrottleIntegrationTests extends DatabaseSignInThrottleScenarios {}
