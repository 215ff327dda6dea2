package org.kompanjoner.programmes.facilitators;

import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.SitemapContributor;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the facilitators add to the shared frame: the directory in the header and for search engines, the
 * inbox on the staff start page, and, on a facilitator's account page, their profile and requests.
 */
@Configuration(proxyBeanMethods = false)
class FacilitatorsInFrame {

    @Bean
    NavigationEntry directoryInNavigation() {
        return NavigationEntry.link(18, FacilitatorRoutes.DIRECTORY, "facilitators.nav", Audience.EVERYONE);
    }

    @Bean
    StaffCard facilitatorsCard() {
        return new StaffCard(
                45, FacilitatorRoutes.INBOX, "facilitators.staff.card.title", "facilitators.staff.card.text", false);
    }

    /** Shown to facilitators, and to anyone with a request still waiting for their answer. */
    @Bean
    PageSection facilitatorOnMyAccount(TemplateEngine templates, Facilitators facilitators, Requests requests) {
        return PageSection.of(Place.MY_ACCOUNT, 170, layout -> {
            Long me = layout.personId();
            if (me == null) {
                return Optional.empty();
            }
            boolean facilitator = facilitators.isActive(me);
            long waiting = requests.countAwaiting(me);
            if (!facilitator && waiting == 0) {
                return Optional.empty();
            }
            return Optional.of(output -> templates.render(
                    "programmes/facilitators/_my-account.jte",
                    Map.of("layout", layout, "facilitator", facilitator, "waiting", waiting),
                    output));
        });
    }

    /** The directory is one public page; the facilitators are on it. */
    @Bean
    SitemapContributor directoryInSitemap() {
        return SitemapContributor.onePage(FacilitatorRoutes.DIRECTORY, List.of(FacilitatorRoutes.REQUEST));
    }
}
