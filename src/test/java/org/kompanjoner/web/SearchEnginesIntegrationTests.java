package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What search engines are told: which addresses to crawl and which not (robots.txt), every public page
 * with absolute addresses (sitemap.xml), each page in the other language, and a description per page.
 */
@IntegrationTest
class SearchEnginesIntegrationTests extends SiteTest {

    static final List<String> DESCRIBED_PAGES =
            List.of("/", "/annonser", "/organisationer", "/registrera", "/logga-in", "/tillganglighet", "/integritet");

    @Autowired
    JdbcOrganisations organisations;

    MockHttpServletResponse fetch(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    long listing(long owner, String title, boolean publish) {
        long id = postings.saveDraft(
                owner,
                new ListingContent(
                        Category.COMPETENCE,
                        Direction.OFFERING,
                        title,
                        "En sammanfattning.",
                        "En beskrivning.",
                        List.of("4"),
                        List.of(),
                        List.of(),
                        PlaceKind.NATIONAL,
                        null,
                        null,
                        "sv",
                        LocalDate.now().plusDays(30)));
        if (publish) {
            postings.submit(id, owner);
            postings.approve(id, TestPeople.reviewer(credentials));
        }
        return id;
    }

    @Test
    void robotsKeepCrawlersToPublicPagesAndPointToTheSitemap() throws Exception {
        MockHttpServletResponse robots = fetch("/robots.txt");
        assertThat(robots.getContentType()).startsWith("text/plain");
        assertThat(robots.getContentAsString())
                .contains("User-agent: *")
                .contains("Disallow: /admin")
                .contains("Disallow: /mitt-konto")
                .contains("Disallow: /logga-in")
                .contains("Disallow: /mina-annonser")
                .contains("Sitemap: http://localhost/sitemap.xml")
                .doesNotContain("Disallow: /annonser\n")
                .doesNotContain("Disallow: /\n");
    }

    @Test
    void theSitemapListsThePublicPagesLiveListingsAndOrganisations() throws Exception {
        long owner =
                credentials.createVerified("Sam Sitemap", "sam-sitemap@test.kompanjoner.se", "x", Languages.SWEDISH);
        long live = listing(owner, "Synlig i kartan", true);
        long draft = listing(owner, "Utkast utanför kartan", false);
        long organisation = organisations.create(
                new OrganisationProfile(
                        "Kartföreningen & co",
                        OrganisationNumbers.random(),
                        "company",
                        "micro",
                        "0680",
                        null,
                        "Om oss.",
                        List.of()),
                owner);
        String slug = organisations.byId(organisation).orElseThrow().slug();

        MockHttpServletResponse sitemap = fetch("/sitemap.xml");
        assertThat(sitemap.getContentType()).startsWith("application/xml");
        String xml = sitemap.getContentAsString();
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<loc>http://localhost/</loc>")
                .contains("<loc>http://localhost/annonser</loc>")
                .contains("<loc>http://localhost/organisationer</loc>")
                .contains("<loc>http://localhost/tillganglighet</loc>")
                .contains("<loc>http://localhost/annonser/" + live + "</loc>")
                .doesNotContain("<loc>http://localhost/annonser/" + draft + "</loc>")
                .contains("<loc>http://localhost/organisationer/" + slug + "</loc>")
                .doesNotContain("/logga-in")
                .endsWith("</urlset>\n");
        assertThat(xml).containsPattern("<lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>");
    }

    @Test
    void everyPageNamesItselfInTheOtherLanguageOnThisSite() throws Exception {
        String html = fetch("/annonser?q=mat&lang=sv").getContentAsString();
        assertThat(html)
                .contains(
                        "<link rel=\"alternate\" hreflang=\"sv\" href=\"http://localhost/annonser?q=mat&amp;lang=sv\">")
                .contains(
                        "<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/annonser?q=mat&amp;lang=en\">")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/annonser?q=mat\">");
    }

    @Test
    void everyPublicPageHasADescriptionOfItsOwn() throws Exception {
        Pattern description = Pattern.compile("<meta name=\"description\" content=\"([^\"]+)\">");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String path : DESCRIBED_PAGES) {
            Matcher found = description.matcher(fetch(path).getContentAsString());
            assertThat(found.find()).as("a description on %s", path).isTrue();
            assertThat(found.group(1)).as(path).hasSizeGreaterThan(40);
            assertThat(seen.add(found.group(1)))
                    .as("a description of its own on %s", path)
                    .isTrue();
        }
    }
}
