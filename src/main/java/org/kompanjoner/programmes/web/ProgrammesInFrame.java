package org.kompanjoner.programmes.web;

import gg.jte.TemplateEngine;
import java.util.Map;
import org.kompanjoner.programmes.ProgrammeRoutes;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the programmes add to the shared frame: a card for staff, and "my programmes" on one's account.
 * The header's link is the facilitator directory's, which leads on to the programmes.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammesInFrame {

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
