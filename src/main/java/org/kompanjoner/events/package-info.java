/**
 * Events: seminars, dialogue meetings, training sessions and workshops, with registration that never
 * overbooks, a waiting list that offers freed seats in order, and times kept as instants in the county's
 * zone.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Events",
        allowedDependencies = {"accounts", "taxonomy", "notifications", "web", "shared"})
package org.kompanjoner.events;
