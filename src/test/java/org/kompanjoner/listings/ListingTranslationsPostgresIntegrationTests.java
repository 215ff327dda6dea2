package org.kompanjoner.listings;

import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.PostgresDatabase;

/** Translations of listings, on PostgreSQL. */
@IntegrationTest
@PostgresDatabase.Required
class ListingTranslationsPostgresIntegrationTests extends ListingTranslationsIntegrationTests {}
