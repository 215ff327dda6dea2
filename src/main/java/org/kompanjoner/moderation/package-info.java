/** Reports from anyone, the coordinators' review queue, and their decisions on people's content. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Moderation",
        allowedDependencies = {"accounts", "notifications", "web", "shared"})
package org.kompanjoner.moderation;
