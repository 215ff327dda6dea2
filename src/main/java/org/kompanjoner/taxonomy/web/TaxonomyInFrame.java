package org.kompanjoner.taxonomy.web;

import org.kompanjoner.web.StaffCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vocabularies' card on the staff start page, for administrators. */
@Configuration(proxyBeanMethods = false)
class TaxonomyInFrame {

    @Bean
    StaffCard taxonomyCard() {
        return new StaffCard(40, TaxonomyRoutes.ADMIN, "taxonomy.staff", "taxonomy.staff.text", true);
    }
}
