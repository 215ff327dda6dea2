/** E-mail to people: composed in their language, kept in an outbox, sent over SMTP when configured. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"web", "shared"})
package org.kompanjoner.notifications;
