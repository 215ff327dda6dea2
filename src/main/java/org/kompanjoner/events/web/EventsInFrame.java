package org.kompanjoner.events.web;

import gg.jte.TemplateEngine;
import java.util.Map;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.web.EasyToRead;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the events add to the shared frame: the calendar in the header, "my events" on one's account, and
 * the easy-to-read page on registering.
 */
@Configuration(proxyBeanMethods = false)
class EventsInFrame {

    @Bean
    NavigationEntry calendarInNavigation() {
        return NavigationEntry.link(17, EventRoutes.CALENDAR, "events.nav", Audience.EVERYONE);
    }

    /** How to register for an event, easy to read, linked from the calendar. */
    @Bean
    EasyToRead registeringEasyToRead() {
        return new EasyToRead(30, "anmala-sig", EventRoutes.CALENDAR, "events.easy.title", "events/easy-to-read");
    }

    @Bean
    StaffCard eventsCard() {
        return new StaffCard(40, EventRoutes.STAFF, "events.staff.card.title", "events.staff.card.text", false);
    }

    @Bean
    PageSection eventsOnMyAccount(TemplateEngine templates) {
        return PageSection.template(
                Place.MY_ACCOUNT, 160, templates, "events/_my-account.jte", layout -> Map.of("layout", layout));
    }
}
