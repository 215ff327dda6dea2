package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.kompanjoner.web.internal.FakeLibreTranslate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The translation form with a LibreTranslate server configured: the button fills the fields from the
 * original and marks them as the machine's until a person confirms them; a server that fails or is slow
 * leaves a message and the form as it was.
 */
@IntegrationTest
class MachineTranslationIntegrationTests extends SiteTest {

    static final FakeLibreTranslate SERVER = start();

    static FakeLibreTranslate start() {
        try {
            return new FakeLibreTranslate();
        } catch (java.io.IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @DynamicPropertySource
    static void machine(DynamicPropertyRegistry registry) {
        registry.add("kompanjoner.translation.url", SERVER::url);
        registry.add("kompanjoner.translation.timeout", () -> "PT1S");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void translating() {
        SERVER.answer(FakeLibreTranslate.Mode.TRANSLATE);
    }

    long id;
    MockHttpSession owner;

    @BeforeEach
    void aListing() throws Exception {
        Someone poster = people.member("Maskin Margit");
        id = postings.saveDraft(poster.id(), ListingMother.content("Vi söker en partner"));
        postings.submit(id, poster.id());
        postings.approve(id, TestPeople.reviewer(credentials));
        owner = people.signIn(poster);
    }

    MockHttpServletResponse machineFill() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(ListingRoutes.translation(id))
                        .session(owner)
                        .with(csrf())
                        .param("language", "en")
                        .param("action", "machine"))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    @Test
    void theButtonFillsTheFieldsAndTheTranslationIsMarkedAsTheMachinesUntilAPersonConfirmsIt() throws Exception {
        String form = mvc.perform(get(ListingRoutes.translation(id)).session(owner))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).contains("name=\"action\" value=\"machine\"");

        MockHttpServletResponse filled = machineFill();
        assertThat(filled.getStatus()).isEqualTo(200);
        assertThat(filled.getContentAsString())
                .contains("value=\"[en] Vi söker en partner\"")
                .contains("[en] En kort sammanfattning.")
                .contains("name=\"machine\" value=\"true\"");
        assertThat(count("listings_translation where listing_id = " + id)).isZero();

        mvc.perform(post(ListingRoutes.translation(id))
                .session(owner)
                .with(csrf())
                .param("language", "en")
                .param("title", "[en] Vi söker en partner")
                .param("summary", "[en] En kort sammanfattning.")
                .param("text", "[en] En längre beskrivning.")
                .param("machine", "true"));
        assertThat(machineMade()).isTrue();
        String english = mvc.perform(get(ListingRoutes.listing(id)).param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).contains("Machine translated.");

        mvc.perform(post(ListingRoutes.translation(id))
                .session(owner)
                .with(csrf())
                .param("language", "en")
                .param("title", "We are looking for a partner")
                .param("machine", "true")
                .param("checked", "true"));
        assertThat(machineMade()).isFalse();
    }

    @Test
    void aFailingServerLeavesAMessageAndNoError() throws Exception {
        SERVER.answer(FakeLibreTranslate.Mode.FAIL);

        MockHttpServletResponse response = machineFill();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("Maskinöversättningen svarade inte.");
        assertThat(count("listings_translation where listing_id = " + id)).isZero();
    }

    @Test
    void aSlowServerLeavesAMessageAndNoError() throws Exception {
        SERVER.answer(FakeLibreTranslate.Mode.SLOW);

        MockHttpServletResponse response = machineFill();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("Maskinöversättningen svarade inte.");
    }

    private boolean machineMade() {
        return jdbc.sql("select machine from listings_translation where listing_id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
