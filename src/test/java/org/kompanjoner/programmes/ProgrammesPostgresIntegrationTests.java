package org.kompanjoner.programmes;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** A programme from intake to certificate on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class ProgrammesPostgresIntegrationTests extends ProgrammesIntegrationTests {}
