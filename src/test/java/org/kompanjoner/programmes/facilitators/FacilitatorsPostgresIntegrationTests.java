package org.kompanjoner.programmes.facilitators;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** The directory, profiles and requests on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class FacilitatorsPostgresIntegrationTests extends FacilitatorsIntegrationTests {}
