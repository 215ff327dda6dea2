/** People, their sign-in and roles; organisations and their members. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"taxonomy", "notifications", "web", "shared"})
package org.kompanjoner.accounts;
