/** Reports from anyone, the coordinators' review queue, and their decisions on people's content. */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.kompanjoner.moderation;
