package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.mock.web.MockHttpSession;

/**
 * A listing's text keeps the language it was written in wherever it is quoted, so that a screen reader
 * reads an English title on a Swedish page in English: its page, its tags, the owner's list, the
 * conversation about it and the review queue.
 */
@IntegrationTest
class ContentLanguageIntegrationTests extends SiteTest {

    static final String TITLE = "Looking for a partner in circular design";

    String page(String path, MockHttpSession session) throws Exception {
        var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void anEnglishListingIsMarkedEnglishWhereverItIsQuotedOnASwedishPage() throws Exception {
        Someone owner = people.member("Olivia Owner");
        MockHttpSession ownerSession = people.signIn(owner);
        String location = mvc.perform(ListingsScenarios.listing(
                                "/annonser/ny", TITLE, "language", "en", "tags", "upcycling, product design")
                        .param("action", "submit")
                        .session(ownerSession))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        MockHttpSession coordinator = people.signIn(people.coordinator("Cora Coordinator"));
        assertThat(page("/admin/granskning", coordinator)).containsPattern("<h3 [^>]*lang=\"en\"[^>]*>.*" + TITLE);

        long id = Long.parseLong(location.substring("/annonser/".length()));
        postings.approve(id, TestPeople.reviewer(credentials));
        assertThat(page(location, ownerSession)).contains("<ul class=\"tags\" lang=\"en\">");
        assertThat(page("/mina-annonser", ownerSession)).containsPattern("<td lang=\"en\"><a [^>]*>" + TITLE);

        MockHttpSession member = people.signIn(people.member("Max Medlem"));
        String conversation = mvc.perform(post(location + "/intresse")
                        .param("message", "Vi vill gärna samarbeta.")
                        .session(member)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String html = page(conversation, member);
        assertThat(html).contains("<html lang=\"sv\"").contains("<span lang=\"en\">" + TITLE + "</span>");
        assertThat(html).containsPattern("<h1>[^<]*<span lang=\"en\">" + TITLE + "</span>");
    }
}
