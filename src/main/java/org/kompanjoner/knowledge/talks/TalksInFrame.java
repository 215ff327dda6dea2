package org.kompanjoner.knowledge.talks;

import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import org.kompanjoner.knowledge.TalkRoutes;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.SitemapContributor;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the invitations and the accessibility reports add to the shared frame: the inbox on the staff
 * start page, the invitation form for search engines, and the way to report a problem in the
 * accessibility statement, which the frame shows without naming this module.
 */
@Configuration(proxyBeanMethods = false)
class TalksInFrame {

    @Bean
    StaffCard talksCard() {
        return new StaffCard(47, TalkRoutes.INBOX, "talks.staff.card.title", "talks.staff.card.text", false);
    }

    @Bean
    StaffCard accessibilityReportsCard() {
        return new StaffCard(
                48, TalkRoutes.REPORTS, "talks.report.staff.card.title", "talks.report.staff.card.text", false);
    }

    @Bean
    PageSection reportInAccessibilityStatement(TemplateEngine templates) {
        return PageSection.template(
                Place.ACCESSIBILITY_STATEMENT,
                100,
                templates,
                "knowledge/talks/_statement.jte",
                layout -> Map.of("layout", layout));
    }

    /** The invitation form is a public page worth finding; the report form is reached from the statement. */
    @Bean
    SitemapContributor invitationInSitemap() {
        return SitemapContributor.onePage(TalkRoutes.INVITE, List.of(TalkRoutes.ACCESSIBILITY_REPORT));
    }
}
