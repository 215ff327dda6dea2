package org.kompanjoner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An event in more than one language: its organiser adds a translation, each reader sees their language
 * when it exists (on the page and in the calendar), and nobody else may change it.
 */
@IntegrationTest
class EventTranslationsIntegrationTests extends SiteTest {

    static final String ENGLISH_TITLE = "Dialogue meeting on loneliness among the elderly";

    @Autowired
    EventPlanning planning;

    @Autowired
    Clock clock;

    long event(long organiser, String title) {
        Instant start = clock.instant().plus(Duration.ofDays(20));
        return planning.create(
                new EventPlan(
                        EventType.DIALOGUE_MEETING,
                        title,
                        "Företag, högskola och kommun samtalar om ensamhet.",
                        "Vi börjar med **fika**.",
                        List.of("3"),
                        start,
                        start.plus(Duration.ofHours(2)),
                        "Stadsbiblioteket",
                        "0680",
                        null,
                        30,
                        clock.instant().minus(Duration.ofDays(1)),
                        start.minus(Duration.ofHours(1)),
                        "sv",
                        "Hiss finns.",
                        48),
                organiser);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    static MockHttpServletRequestBuilder translation(long id, MockHttpSession session) {
        return post(EventRoutes.translation(id))
                .session(session)
                .with(csrf())
                .param("language", "en")
                .param("title", ENGLISH_TITLE)
                .param("summary", "Companies, the university and the council talk about loneliness.")
                .param("text", "We start with **coffee**.");
    }

    @Test
    void anEnglishReaderSeesTheTranslationAndASwedishReaderTheOriginal() throws Exception {
        Someone organiser = people.member("Ossian Organisatör");
        long id = event(organiser.id(), "Dialogmöte om ensamhet bland äldre");

        assertThat(send(translation(id, people.signIn(organiser))).getRedirectedUrl())
                .isEqualTo(EventRoutes.event(id));

        String english = send(get(EventRoutes.event(id)).param("lang", "en")).getContentAsString();
        assertThat(english).contains("<h1 lang=\"en\">" + ENGLISH_TITLE + "</h1>");
        assertThat(english).contains("<strong>coffee</strong>");
        String swedish = send(get(EventRoutes.event(id)).param("lang", "sv")).getContentAsString();
        assertThat(swedish).contains("<h1 lang=\"sv\">Dialogmöte om ensamhet bland äldre</h1>");
        assertThat(send(get(EventRoutes.CALENDAR).param("lang", "en")).getContentAsString())
                .containsPattern("<h3 lang=\"en\"><a [^>]*>" + ENGLISH_TITLE);
    }

    @Test
    void aReaderWithoutTheirLanguageSeesTheOriginalWithTheNote() throws Exception {
        long id = event(people.member("Nils Nolltranslation").id(), "Seminarium på svenska");

        String english = send(get(EventRoutes.event(id)).param("lang", "en")).getContentAsString();
        assertThat(english).contains("<h1 lang=\"sv\">Seminarium på svenska</h1>");
        assertThat(english).contains("class=\"translation-note\"").contains("original language (Swedish)");
    }

    @Test
    void anotherMemberIsRefusedAndAVisitorIsAskedToSignIn() throws Exception {
        long id = event(people.member("Ebba Evenemang").id(), "Ett evenemang med en arrangör");
        MockHttpSession other = people.signIn(people.member("Annan Deltagare"));

        assertThat(send(get(EventRoutes.translation(id)).session(other)).getStatus())
                .isEqualTo(403);
        assertThat(send(translation(id, other)).getStatus()).isEqualTo(403);
        assertThat(send(post(EventRoutes.removeTranslation(id))
                                .session(other)
                                .with(csrf())
                                .param("language", "en"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(get(EventRoutes.translation(id))).getRedirectedUrl()).contains("/logga-in");
        assertThat(count("events_translation where event_id = " + id)).isZero();
    }
}
