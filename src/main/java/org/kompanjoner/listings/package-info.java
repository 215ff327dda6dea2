/** The Kompanjoner marketplace: free listings offering or seeking business ideas, competence and collaboration. */
@org.springframework.modulith.ApplicationModule(displayName = "Listings")
package org.kompanjoner.listings;
