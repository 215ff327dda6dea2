/**
 * Programmes and what grows from them: a series of sessions (events) with an intake, attendance and a
 * completion rule that grants a verifiable certificate; the facilitators a facilitator programme trains,
 * with their public directory and the requests for one; and social business boards, where an entrepreneur
 * brings a case to a panel of advisers from several sectors.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programmes",
        allowedDependencies = {"events", "accounts", "taxonomy", "notifications", "web", "shared"})
package org.kompanjoner.programmes;
