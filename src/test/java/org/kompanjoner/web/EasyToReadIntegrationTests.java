package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * The easy-to-read pages (lättläst): each standard page links to its easy version at the top, the easy
 * version links back, every page links to the index of them all, and search engines are told of them.
 */
@IntegrationTest
class EasyToReadIntegrationTests extends SiteTest {

    @Autowired
    List<EasyToRead> pages;

    String page(String path, MockHttpSession session, String language) throws Exception {
        var request = get(path).param("lang", language);
        if (session != null) {
            request.session(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theKeyPagesHaveAnEasyToReadVersion() {
        assertThat(pages)
                .extracting(EasyToRead::standardPath)
                .containsExactlyInAnyOrder(
                        WebRoutes.HOME,
                        ListingRoutes.NEW,
                        EventRoutes.CALENDAR,
                        WebRoutes.PRIVACY,
                        WebRoutes.ACCESSIBILITY);
    }

    @Test
    void eachStandardPageLinksToItsEasyVersionWhichLinksBack() throws Exception {
        MockHttpSession member = people.signIn(people.member("Lätta Läsare"));
        for (EasyToRead easy : pages) {
            String standard = page(easy.standardPath(), member, "sv");
            assertThat(standard)
                    .as(easy.standardPath())
                    .contains("<p class=\"easy-to-read-link\"><a href=\"" + easy.path() + "\">Lättläst</a></p>");

            String swedish = page(easy.path(), null, "sv");
            assertThat(swedish).contains("<a href=\"" + easy.standardPath() + "\">Till den vanliga sidan</a>");
            assertThat(swedish).contains("<a href=\"" + WebRoutes.EASY_TO_READ + "\">Alla lättlästa sidor</a>");
            assertThat(swedish).containsPattern("<h1>[^<]+</h1>").contains("<h2>");

            assertThat(page(easy.path(), null, "en"))
                    .contains("To the standard page")
                    .contains("<html lang=\"en\"");
        }
    }

    @Test
    void theIndexListsEveryEasyPageAndEveryPageLinksToIt() throws Exception {
        String index = page(WebRoutes.EASY_TO_READ, null, "sv");
        for (EasyToRead easy : pages) {
            assertThat(index).contains("<a href=\"" + easy.path() + "\">");
        }
        assertThat(page(WebRoutes.PRIVACY, null, "sv"))
                .contains("<a href=\"" + WebRoutes.EASY_TO_READ + "\">Lättläst</a>");
        assertThat(mvc.perform(get(WebRoutes.easyToRead("finns-inte")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theEasyPagesAreInTheSitemap() throws Exception {
        String sitemap =
                mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains(WebRoutes.EASY_TO_READ + "</loc>");
        for (EasyToRead easy : pages) {
            assertThat(sitemap).contains(easy.path() + "</loc>");
        }
    }
}
