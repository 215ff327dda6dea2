package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A listing in more than one language: its owner adds a translation, each reader sees their language
 * when it exists and the original (said so) when not, and a search in the translation's words finds it.
 */
@IntegrationTest
class ListingTranslationsIntegrationTests extends SiteTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.kompanjoner.web.MachineTranslation machine;

    static final String ENGLISH_TITLE = "Looking for partners in urban beekeeping";

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    String read(String path, String language) throws Exception {
        MockHttpServletResponse response = send(get(path).param("lang", language));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    long published(Someone owner, String title) {
        long id = postings.saveDraft(owner.id(), ListingMother.content(title));
        postings.submit(id, owner.id());
        postings.approve(id, TestPeople.reviewer(credentials));
        return id;
    }

    static MockHttpServletRequestBuilder translation(long id, MockHttpSession session, String... fields) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("language", "en");
        values.put("title", ENGLISH_TITLE);
        values.put("summary", "We keep bees on the roofs of the city.");
        values.put("text", "Honey, pollinators and **rooftops**.");
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post(ListingRoutes.translation(id)).session(session).with(csrf());
        values.forEach(request::param);
        return request;
    }

    @Test
    void anEnglishReaderSeesTheEnglishTranslationAndASwedishReaderTheSwedishOriginal() throws Exception {
        Someone owner = people.member("Bodil Biodlare");
        long id = published(owner, "Vi söker partner för biodling på stadens tak");
        MockHttpSession session = people.signIn(owner);

        MockHttpServletResponse saved = send(translation(id, session));
        assertThat(saved.getRedirectedUrl()).isEqualTo(ListingRoutes.listing(id));

        String english = read(ListingRoutes.listing(id), "en");
        assertThat(english).containsPattern("<h1 lang=\"en\">" + ENGLISH_TITLE + "</h1>");
        assertThat(english).contains("<p class=\"lead\" lang=\"en\">We keep bees on the roofs of the city.</p>");
        assertThat(english).contains("<strong>rooftops</strong>").doesNotContain("translation-note");

        String swedish = read(ListingRoutes.listing(id), "sv");
        assertThat(swedish).contains("<h1 lang=\"sv\">Vi söker partner för biodling på stadens tak</h1>");
        assertThat(swedish).doesNotContain(ENGLISH_TITLE);

        // The list of listings shows each reader's language on the cards too.
        assertThat(read(ListingRoutes.LISTINGS, "en")).containsPattern("<h3 lang=\"en\"><a [^>]*>" + ENGLISH_TITLE);

        // Found by the translation's words: a search in English finds the Swedish listing.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(read(ListingRoutes.LISTINGS + "?q=beekeeping rooftops", "en"))
                        .contains(ENGLISH_TITLE));
    }

    @Test
    void aReaderWithoutTheirLanguageSeesTheOriginalMarkedWithItsLanguageAndTheNote() throws Exception {
        Someone owner = people.member("Edith English");
        long id = postings.saveDraft(
                owner.id(), withLanguage(ListingMother.content("Partners wanted for a repair café"), "en"));
        postings.submit(id, owner.id());
        postings.approve(id, TestPeople.reviewer(credentials));

        String swedish = read(ListingRoutes.listing(id), "sv");
        assertThat(swedish).contains("<h1 lang=\"en\">Partners wanted for a repair café</h1>");
        assertThat(swedish).contains("class=\"translation-note\"").contains("originalspråket (engelska)");
    }

    @Test
    void anotherMemberMayNeitherAddNorChangeNorRemoveATranslation() throws Exception {
        Someone owner = people.member("Olle Ägare");
        long id = published(owner, "Annons som bara ägaren översätter");
        assertThat(send(translation(id, people.signIn(owner))).getStatus()).isEqualTo(302);

        MockHttpSession other = people.signIn(people.member("Andra Medlemmen"));
        assertThat(send(get(ListingRoutes.translation(id)).session(other)).getStatus())
                .isEqualTo(403);
        assertThat(send(translation(id, other, "title", "Taken over")).getStatus())
                .isEqualTo(403);
        assertThat(send(post(ListingRoutes.removeTranslation(id))
                                .session(other)
                                .with(csrf())
                                .param("language", "en"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(titleIn(id, "en")).isEqualTo(ENGLISH_TITLE);

        // A visitor is asked to sign in first.
        MockHttpServletResponse visitor = send(get(ListingRoutes.translation(id)));
        assertThat(visitor.getStatus()).isEqualTo(302);
        assertThat(visitor.getRedirectedUrl()).contains("/logga-in");

        // Staff may translate any listing.
        MockHttpSession coordinator = people.signIn(people.coordinator("Cilla Samordnare"));
        assertThat(send(post(ListingRoutes.removeTranslation(id))
                                .session(coordinator)
                                .with(csrf())
                                .param("language", "en"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(count("listings_translation where listing_id = " + id)).isZero();
    }

    @Test
    void badInputComesBackWithMessagesAndChangesNothing() throws Exception {
        Someone owner = people.member("Frida Felskrivare");
        long id = published(owner, "Annons med dåliga översättningar");
        MockHttpSession session = people.signIn(owner);

        assertRefused(translation(id, session, "title", " "), "Skriv en rubrik.");
        assertRefused(translation(id, session, "title", "x".repeat(121)), "Högst 120 tecken.");
        assertRefused(translation(id, session, "language", "xx"), "Välj ett av språken i listan.");
        assertRefused(translation(id, session, "language", "sv"), "Originalet är redan på det språket.");
        assertThat(count("listings_translation where listing_id = " + id)).isZero();
    }

    @Test
    void scriptInATranslationIsEscapedAndItsLinksCountLikeTheOriginals() throws Exception {
        Someone owner = people.member("Nina Nykomling");
        // A new member's draft: no listing of theirs has been published yet.
        long id = postings.saveDraft(owner.id(), ListingMother.content("Ny medlems första annons"));
        MockHttpSession session = people.signIn(owner);

        assertRefused(
                translation(id, session, "text", "https://a.example https://b.example https://c.example"), "länkar");
        assertThat(count("listings_translation where listing_id = " + id)).isZero();

        send(translation(
                id,
                session,
                "title",
                "<script>alert(1)</script> Title",
                "text",
                "<img src=x onerror=alert(1)> [click](javascript:alert(1))"));
        String page = send(get(ListingRoutes.listing(id)).param("lang", "en").session(session))
                .getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Title");
        assertThat(page)
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=\"x\" onerror")
                .doesNotContain("<img src=x onerror")
                .doesNotContain("href=\"javascript:");
    }

    @Test
    void aPublishedListingWhoseTranslationHasManyLinksGoesBackToReview() throws Exception {
        Someone owner = people.member("Linus Länkare");
        long id = published(owner, "Annons som får många länkar");
        MockHttpServletResponse saved = send(translation(
                id,
                people.signIn(owner),
                "text",
                "https://a.example https://b.example https://c.example https://d.example"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select state from listings_listing where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING_REVIEW");
    }

    @Test
    void withoutAConfiguredMachineThereIsNoButtonAndNothingIsSent() throws Exception {
        Someone owner = people.member("Utan Maskin");
        long id = published(owner, "Annons utan maskin");
        MockHttpSession session = people.signIn(owner);

        assertThat(machine.available()).isFalse();
        String form = send(get(ListingRoutes.translation(id)).session(session)).getContentAsString();
        assertThat(form).contains("name=\"title\"").doesNotContain("value=\"machine\"");
        MockHttpServletResponse asked = send(translation(id, session, "action", "machine"));
        assertThat(asked.getStatus()).isEqualTo(400);
        assertThat(asked.getContentAsString()).contains("Maskinöversättning är inte påslagen här.");
        assertThat(count("listings_translation where listing_id = " + id)).isZero();
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(message).contains("error-summary");
    }

    private String titleIn(long id, String language) {
        return jdbc.sql("select title from listings_translation where listing_id = ? and language = ?")
                .params(id, language)
                .query(String.class)
                .single();
    }

    private static org.kompanjoner.listings.internal.ListingContent withLanguage(
            org.kompanjoner.listings.internal.ListingContent content, String language) {
        return new org.kompanjoner.listings.internal.ListingContent(
                content.category(),
                content.direction(),
                content.title(),
                content.summary(),
                content.description(),
                content.challenges(),
                content.sectors(),
                content.tags(),
                content.placeKind(),
                content.placeCode(),
                content.organisationId(),
                language,
                content.expiresOn());
    }
}
