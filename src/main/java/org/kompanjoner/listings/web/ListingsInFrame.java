package org.kompanjoner.listings.web;

import gg.jte.TemplateEngine;
import java.util.Map;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.web.EasyToRead;
import org.kompanjoner.web.NavigationEntry;
import org.kompanjoner.web.NavigationEntry.Audience;
import org.kompanjoner.web.PageSection;
import org.kompanjoner.web.PageSection.Place;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the marketplace adds to the shared frame: its link, the front page's search, "my listings". */
@Configuration(proxyBeanMethods = false)
class ListingsInFrame {

    /** How to post a listing, easy to read, linked from the form for a new listing. */
    @Bean
    EasyToRead postingEasyToRead() {
        return new EasyToRead(20, "skriva-annons", ListingRoutes.NEW, "listings.easy.title", "listings/easy-to-read");
    }

    @Bean
    NavigationEntry listingsInNavigation() {
        return NavigationEntry.link(10, ListingRoutes.LISTINGS, "listings.nav", Audience.EVERYONE);
    }

    @Bean
    PageSection listingsOnFrontPage(TemplateEngine templates) {
        return PageSection.template(
                Place.FRONT_PAGE, 100, templates, "listings/_front-page.jte", layout -> Map.of("layout", layout));
    }

    @Bean
    PageSection listingsOnMyAccount(TemplateEngine templates) {
        return PageSection.template(
                Place.MY_ACCOUNT, 100, templates, "listings/_my-account.jte", layout -> Map.of("layout", layout));
    }
}
