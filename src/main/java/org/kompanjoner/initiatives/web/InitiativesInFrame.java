package org.kompanjoner.initiatives.web;

import gg.jte.TemplateEngine;
import java.util.Map;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the inventory adds to the shared frame: its header link, a pointer on the front page, “my
 * initiatives” on one's account page, and the coordinators' card for entries to verify and the import.
 */
@Configuration(proxyBeanMethods = false)
class InitiativesInFrame {

    @Bean
    NavigationEntry initiativesInNavigation() {
        return NavigationEntry.link(15, InitiativeRoutes.INITIATIVES, "initiatives.nav", Audience.EVERYONE);
    }

    @Bean
    PageSection initiativesOnFrontPage(TemplateEngine templates) {
        return PageSection.template(
                Place.FRONT_PAGE, 200, templates, "initiatives/_front-page.jte", layout -> Map.of("layout", layout));
    }

    @Bean
    PageSection initiativesOnMyAccount(TemplateEngine templates) {
        return PageSection.template(
                Place.MY_ACCOUNT, 150, templates, "initiatives/_my-account.jte", layout -> Map.of("layout", layout));
    }

    @Bean
    StaffCard initiativesToVerifyCard() {
        return new StaffCard(
                30, InitiativeRoutes.STAFF, "initiatives.staff.card.title", "initiatives.staff.card.text", false);
    }
}
