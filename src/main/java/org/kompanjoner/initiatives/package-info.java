/** The social-innovation inventory: initiatives, ideas and collaborations around the county, on a map and in a list. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Initiatives",
        allowedDependencies = {"accounts", "taxonomy", "notifications", "search", "moderation", "web", "shared"})
package org.kompanjoner.initiatives;
