package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A form that comes back with problems ties each to its field (marked invalid, the message beside it
 * and named by it), links the summary to a control that takes focus, says so in the page title, and
 * keeps a language switch that leads to a page rather than to an address that only takes a POST.
 */
@IntegrationTest
class FormErrorsIntegrationTests extends SiteTest {

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    long publishedListing(Someone owner, MockHttpSession session) throws Exception {
        String location = send(ListingsScenarios.listing("/annonser/ny", "Söker samarbete kring matsvinn")
                        .param("action", "submit")
                        .session(session))
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/annonser/".length()));
        postings.approve(id, TestPeople.reviewer(credentials));
        return id;
    }

    /** The element with {@code id}, from its opening tag on. */
    static String element(String html, String id) {
        int at = html.indexOf(" id=\"" + id + "\"");
        assertThat(at).as("an element with id %s", id).isPositive();
        return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    }

    /** A field's control is marked invalid and names its message, which sits beside it. */
    static void assertTiedToField(String html, String field) {
        String control = element(html, field);
        assertThat(control).as(field).contains("aria-invalid=\"true\"");
        assertThat(control).as(field).containsPattern("aria-describedby=\"([^\"]* )?" + field + "-error[ \"]");
        assertThat(element(html, field + "-error")).isNotEmpty();
    }

    /** Every link in the error summary leads to a control that can take focus. */
    static List<String> summaryTargets(String html) {
        int start = html.indexOf("class=\"error-summary\"");
        assertThat(start).as("an error summary").isPositive();
        String summary = html.substring(start, html.indexOf("</div>", start));
        List<String> targets = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(summary);
        while (link.find()) {
            targets.add(link.group(1));
            assertThat(element(html, link.group(1)))
                    .as("target of the summary link #%s", link.group(1))
                    .matches("<(input|select|textarea)\\b.*");
        }
        assertThat(targets).isNotEmpty();
        return targets;
    }

    static String title(String html) {
        return html.substring(html.indexOf("<title>") + 7, html.indexOf("</title>"));
    }

    static String languageLink(String html) {
        Matcher link =
                Pattern.compile("<a class=\"language\" href=\"([^\"]+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** The language switch on a page re-rendered after a POST leads to a page that a link can open. */
    void assertLanguageLinkOpens(String html, MockHttpSession session, String expectedPath) throws Exception {
        String link = languageLink(html);
        assertThat(link).startsWith(expectedPath + "?").endsWith("lang=en");
        MockHttpServletRequestBuilder request = get(link);
        if (session != null) {
            request.session(session);
        }
        assertThat(send(request).getStatus()).as(link).isEqualTo(200);
    }

    @Test
    void anInterestWithoutAMessageIsTiedToItsField() throws Exception {
        Someone owner = people.member("Olle Ägare");
        long listing = publishedListing(owner, people.signIn(owner));
        MockHttpSession member = people.signIn(people.member("Maja Medlem"));

        MockHttpServletResponse response = send(post("/annonser/" + listing + "/intresse")
                .param("message", " ")
                .session(member)
                .with(csrf()));

        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertTiedToField(html, "message");
        assertThat(element(html, "message")).contains("message-hint message-error");
        assertThat(summaryTargets(html)).containsExactly("message");
        assertThat(title(html)).startsWith("Fel: Söker samarbete kring matsvinn");
        assertLanguageLinkOpens(html, member, "/annonser/" + listing);
    }

    @Test
    void aMessageWithoutTextIsTiedToItsField() throws Exception {
        Someone owner = people.member("Petra Ägare");
        MockHttpSession ownerSession = people.signIn(owner);
        long listing = publishedListing(owner, ownerSession);
        MockHttpSession member = people.signIn(people.member("Rune Medlem"));
        String conversation = send(post("/annonser/" + listing + "/intresse")
                        .param("message", "Vi vill gärna vara med.")
                        .session(member)
                        .with(csrf()))
                .getRedirectedUrl();
        send(post(conversation + "/acceptera").session(ownerSession).with(csrf()));

        MockHttpServletResponse response = send(post(conversation + "/meddelanden")
                .param("body", "")
                .session(member)
                .with(csrf())
                .cookie(new Cookie("lang", "en")));

        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertTiedToField(html, "body");
        assertThat(summaryTargets(html)).containsExactly("body");
        assertThat(title(html)).startsWith("Error: ");
        assertThat(languageLink(html)).isEqualTo(conversation + "?lang=sv");
    }

    @Test
    void aForgottenPasswordRequestWithABadAddressIsTiedToItsField() throws Exception {
        MockHttpServletResponse response = send(post("/glomt-losenord")
                .param("email", "inte en adress")
                .with(csrf())
                .with(TestPeople.freshAddress()));

        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertTiedToField(html, "email");
        assertThat(summaryTargets(html)).containsExactly("email");
        assertThat(title(html)).startsWith("Fel: ");
        assertThat(html).contains("value=\"inte en adress\"");
        assertLanguageLinkOpens(html, null, "/glomt-losenord");
    }

    @Test
    void groupsOfChoicesNameTheirErrorAndTheSummaryLeadsToTheirFirstChoice() throws Exception {
        MockHttpSession session = people.signIn(people.member("Sara Skrivare"));

        MockHttpServletResponse response =
                send(ListingsScenarios.listing("/annonser/ny", "Utan utmaningar", "direction", "", "challenges", "")
                        .session(session));

        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        // The group's hint and its error are both read out when the group is entered.
        assertThat(html).containsPattern("<fieldset [^>]*aria-describedby=\"challenges-hint challenges-error\"");
        assertThat(html).containsPattern("<fieldset [^>]*aria-describedby=\"direction-error\"");
        assertThat(summaryTargets(html)).containsExactly("direction", "challenges");
        assertThat(element(html, "challenges")).contains("type=\"checkbox\"");
        assertThat(element(html, "direction")).contains("type=\"radio\"");
        assertThat(title(html)).startsWith("Fel: ");
        assertLanguageLinkOpens(html, session, "/annonser/ny");
    }

    @Test
    void aPageWithoutProblemsHasItsPlainTitle() throws Exception {
        String html = send(get("/glomt-losenord")).getContentAsString();
        assertThat(title(html)).doesNotStartWith("Fel");
        assertThat(html).doesNotContain("aria-invalid");
    }
}
