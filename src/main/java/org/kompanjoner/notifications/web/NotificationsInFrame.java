package org.kompanjoner.notifications.web;

import org.kompanjoner.notifications.NoticeRoutes;
import org.kompanjoner.notifications.internal.JdbcNotices;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What notifications adds to the shared frame: notices with their unread count, and the outbox card. */
@Configuration(proxyBeanMethods = false)
class NotificationsInFrame {

    @Bean
    NavigationEntry noticesInNavigation(JdbcNotices notices) {
        return NavigationEntry.link(30, NoticeRoutes.NOTICES, "notifications.nav", Audience.MEMBERS)
                .withBadge(notices::unreadFor, "notifications.nav.unread");
    }

    @Bean
    StaffCard mailboxCard() {
        return new StaffCard(
                20, MailboxRoutes.MAILBOX, "notifications.staff.mailbox", "notifications.staff.mailbox.text", false);
    }
}
