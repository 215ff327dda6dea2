package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * An organisation's page shows its live listings: the listings module contributes that section to a
 * page the accounts module owns, which knows nothing of listings.
 */
@IntegrationTest
class OrganisationListingsIntegrationTests extends SiteTest {

    @Autowired
    JdbcOrganisations organisations;

    long organisation(String name, Someone owner) {
        long id = organisations.create(
                new OrganisationProfile(
                        name,
                        OrganisationNumbers.random(),
                        "company",
                        "micro",
                        "0680",
                        null,
                        "Vi gör saker.",
                        List.of()),
                owner.id());
        organisations.addMember(id, owner.id(), MembershipRole.OWNER);
        return id;
    }

    long listing(MockHttpSession session, String title, long organisation, String action) throws Exception {
        String location = mvc.perform(ListingsScenarios.listing("/annonser/ny", title)
                        .param("organisation", String.valueOf(organisation))
                        .param("action", action)
                        .session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/annonser/".length()));
    }

    String page(long organisation) throws Exception {
        String slug = organisations.byId(organisation).orElseThrow().slug();
        var response = mvc.perform(get("/organisationer/" + slug)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void anOrganisationsPageShowsItsLiveListingsOnly() throws Exception {
        Someone owner = people.member("Oskar Organisatör");
        MockHttpSession session = people.signIn(owner);
        long busy = organisation("Snickeriet i Vetlanda", owner);
        long quiet = organisation("Tysta föreningen", owner);

        long live = listing(session, "Snickeriet söker lärlingar", busy, "submit");
        postings.approve(live, TestPeople.reviewer(credentials));
        listing(session, "Ett utkast som ingen ser", busy, "draft");
        long withdrawn = listing(session, "Tillbakadragen annons", busy, "submit");
        postings.withdraw(withdrawn, owner.id());

        String html = page(busy);
        assertThat(html)
                .contains("id=\"organisation-listings-title\"")
                .contains("Snickeriet söker lärlingar")
                .contains("href=\"/annonser/" + live + "\"")
                .doesNotContain("Ett utkast som ingen ser")
                .doesNotContain("Tillbakadragen annons");
        assertThat(page(quiet)).doesNotContain("organisation-listings-title");
        String slug = organisations.byId(busy).orElseThrow().slug();
        var english = mvc.perform(get("/organisationer/" + slug).cookie(new jakarta.servlet.http.Cookie("lang", "en")))
                .andReturn()
                .getResponse();
        english.setCharacterEncoding("UTF-8");
        assertThat(english.getContentAsString()).contains(">The organisation’s listing</h2>");
    }
}
