package org.kompanjoner.web.internal;

import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.WebRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff start page: the sections and cards every module contributes for coordinators and
 * administrators (the review queue, the outbox, people, vocabularies), so that a new module's staff
 * pages are found here without this page naming them. Only staff reach it (see the security rules).
 */
@Controller
class StaffStartPage {

    @GetMapping(WebRoutes.STAFF)
    String show() {
        return "web/staff";
    }

    @Bean
    static NavigationEntry staffInNavigation() {
        return NavigationEntry.link(50, WebRoutes.STAFF, "web.nav.admin", Audience.STAFF);
    }
}
