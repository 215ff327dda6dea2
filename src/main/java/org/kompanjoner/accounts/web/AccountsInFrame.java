package org.kompanjoner.accounts.web;

import gg.jte.TemplateEngine;
import java.util.Map;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.JdbcPeople;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What accounts adds to the shared frame: its links in the header, its staff card and sections. */
@Configuration(proxyBeanMethods = false)
class AccountsInFrame {

    @Bean
    NavigationEntry organisationsInNavigation() {
        return NavigationEntry.link(20, AccountRoutes.ORGANISATIONS, "accounts.nav.organisations", Audience.EVERYONE);
    }

    @Bean
    NavigationEntry myAccountInNavigation() {
        return NavigationEntry.link(40, AccountRoutes.MY_ACCOUNT, "accounts.nav.my-account", Audience.MEMBERS);
    }

    @Bean
    NavigationEntry signOutInNavigation() {
        return NavigationEntry.form(60, AccountRoutes.SIGN_OUT, "accounts.nav.sign-out", Audience.MEMBERS);
    }

    @Bean
    NavigationEntry signInInNavigation() {
        return NavigationEntry.link(70, AccountRoutes.SIGN_IN, "accounts.nav.sign-in", Audience.VISITORS);
    }

    @Bean
    NavigationEntry signUpInNavigation() {
        return NavigationEntry.link(80, AccountRoutes.SIGN_UP, "accounts.nav.sign-up", Audience.VISITORS);
    }

    @Bean
    StaffCard peopleCard() {
        return new StaffCard(
                30, AccountRoutes.ADMIN_PEOPLE, "accounts.admin.people", "accounts.admin.people.text", true);
    }

    /** How many people and organisations the platform has, at the top of the staff start page. */
    @Bean
    PageSection accountsOnStaffStart(JdbcPeople people, JdbcOrganisations organisations, TemplateEngine templates) {
        return PageSection.template(
                Place.STAFF_START,
                100,
                templates,
                "accounts/_staff-summary.jte",
                layout -> Map.of("layout", layout, "people", people.count(), "organisations", organisations.count()));
    }

    /** The way to the organisations, among the front page's actions. */
    @Bean
    PageSection organisationsOnFrontPage(TemplateEngine templates) {
        return PageSection.template(
                Place.FRONT_PAGE, 200, templates, "accounts/_front-page.jte", layout -> Map.of("layout", layout));
    }
}
