package org.kompanjoner.programmes.web;

import gg.jte.TemplateEngine;
import java.util.Map;
import org.kompanjoner.programmes.ProgrammeRoutes;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the programmes add to the shared frame: the list in the header, a card for staff, and "my programmes". */
@Configuration(proxyBeanMethods = false)
class ProgrammesInFrame {

    @Bean
    NavigationEntry programmesInNavigation() {
        return NavigationEntry.link(18, ProgrammeRoutes.LIST, "programmes.nav", Audience.EVERYONE);
    }

    @Bean
    StaffCard programmesCard() {
        return new StaffCard(
                45, ProgrammeRoutes.STAFF, "programmes.staff.card.title", "programmes.staff.card.text", false);
    }

    @Bean
    PageSection programmesOnMyAccount(TemplateEngine templates) {
        return PageSection.template(
                Place.MY_ACCOUNT, 170, templates, "programmes/_my-account.jte", layout -> Map.of("layout", layout));
    }
}
