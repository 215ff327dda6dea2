/** The Kompanjoner marketplace: free listings offering or seeking business ideas, competence and collaboration. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Listings",
        allowedDependencies = {"accounts", "taxonomy", "notifications", "search", "moderation", "web", "shared"})
package org.kompanjoner.listings;
