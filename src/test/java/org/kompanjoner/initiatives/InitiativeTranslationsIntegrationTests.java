package org.kompanjoner.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kompanjoner.initiatives.internal.Inventory;
import org.kompanjoner.support.InitiativeMother;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An initiative in more than one language: an owner adds a translation, each reader sees their language
 * when it exists, a search in the translation's words finds it, and an owner's translation of a published
 * entry waits for a coordinator's look like any other change.
 */
@IntegrationTest
class InitiativeTranslationsIntegrationTests extends SiteTest {

    static final String ENGLISH_NAME = "Neighbours who phone each other every morning";

    @Autowired
    Inventory inventory;

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    long published(Someone owner, String name) {
        long id = inventory.suggest(owner.id(), InitiativeMother.content(name));
        inventory.approve(id, TestPeople.reviewer(credentials), null);
        return id;
    }

    static MockHttpServletRequestBuilder translation(long id, MockHttpSession session, String title) {
        return post(InitiativeRoutes.translation(id))
                .session(session)
                .with(csrf())
                .param("language", "en")
                .param("title", title)
                .param("summary", "Lonely pensioners get a phone call every morning.")
                .param("text", "The association keeps the **chain** going.");
    }

    @Test
    void anEnglishReaderSeesTheTranslationASwedishReaderTheOriginalAndSearchFindsEither() throws Exception {
        Someone owner = people.member("Greta Grannsamverkan");
        long id = published(owner, "Telefonkedjan i Ydre");

        assertThat(send(translation(id, people.signIn(owner), ENGLISH_NAME)).getRedirectedUrl())
                .isEqualTo(InitiativeRoutes.initiative(id));

        String english =
                send(get(InitiativeRoutes.initiative(id)).param("lang", "en")).getContentAsString();
        assertThat(english).contains("<h1 lang=\"en\">" + ENGLISH_NAME + "</h1>");
        assertThat(english).contains("<strong>chain</strong>").doesNotContain("class=\"translation-note\"");
        String swedish =
                send(get(InitiativeRoutes.initiative(id)).param("lang", "sv")).getContentAsString();
        assertThat(swedish)
                .contains("<h1 lang=\"sv\">Telefonkedjan i Ydre</h1>")
                .doesNotContain(ENGLISH_NAME);

        // An owner's translation of a published entry is a change a coordinator looks at.
        assertThat(jdbc.sql("select changed_since_review from initiatives_initiative where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(send(get(InitiativeRoutes.INITIATIVES)
                                        .param("q", "pensioners phone")
                                        .param("lang", "en"))
                                .getContentAsString())
                        .containsPattern("<h3 lang=\"en\"><a [^>]*>" + ENGLISH_NAME));
    }

    @Test
    void anotherMemberIsRefusedAndBadInputChangesNothing() throws Exception {
        Someone owner = people.member("Olof Ägare");
        long id = published(owner, "Ett initiativ med en ägare");
        MockHttpSession other = people.signIn(people.member("Annan Medlem"));

        assertThat(send(get(InitiativeRoutes.translation(id)).session(other)).getStatus())
                .isEqualTo(403);
        assertThat(send(translation(id, other, ENGLISH_NAME)).getStatus()).isEqualTo(403);
        assertThat(send(post(InitiativeRoutes.removeTranslation(id))
                                .session(other)
                                .with(csrf())
                                .param("language", "en"))
                        .getStatus())
                .isEqualTo(403);

        MockHttpServletResponse empty = send(translation(id, people.signIn(owner), ""));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Skriv en rubrik.");
        assertThat(count("initiatives_translation where initiative_id = " + id)).isZero();

        String tooManyLinks = "https://a.example ".repeat(11);
        MockHttpServletResponse links =
                send(translation(id, people.signIn(owner), ENGLISH_NAME).param("text", tooManyLinks));
        assertThat(links.getStatus()).isEqualTo(400);
        assertThat(count("initiatives_translation where initiative_id = " + id)).isZero();
    }
}
