package org.kompanjoner.moderation.web;

import org.kompanjoner.moderation.ModerationRoutes;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue's card on the staff start page. */
@Configuration(proxyBeanMethods = false)
class ModerationInFrame {

    @Bean
    StaffCard reviewQueueCard() {
        return new StaffCard(10, ModerationRoutes.QUEUE, "moderation.queue.link", "moderation.queue.link.text", false);
    }
}
