package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.internal.Memberships;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Requests no page of ours sends, as probes and scripts make them: every form answers them like any
 * other bad input, with a page in the reader's language and a 4xx status, and changes nothing.
 */
@IntegrationTest
class HandMadeFormsIntegrationTests extends SiteTest {

    @Autowired
    Memberships memberships;

    /** A form sent as multipart, {@code fileField} as a file part and every other field as text. */
    static MockMultipartHttpServletRequestBuilder withAFile(String path, String fileField, String... fields) {
        MockMultipartHttpServletRequestBuilder request = multipart(path)
                .file(new MockMultipartFile(
                        fileField, "field.txt", "text/plain", "a@exempel.se".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        request.with(csrf()).with(TestPeople.freshAddress());
        return request;
    }

    /** Refused as bad input; the page itself comes from the container's error dispatch (see ContainerErrorsIntegrationTests). */
    void expectBadRequest(MockMultipartHttpServletRequestBuilder request, String what) throws Exception {
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                .as(what)
                .isEqualTo(400);
    }

    long publishedListingOf(Someone owner) {
        long id = postings.saveDraft(owner.id(), ListingMother.content("Samverkan kring återbruk"));
        postings.submit(id, owner.id());
        postings.approve(id, people.coordinator("Gun Granskare").id());
        return id;
    }

    @Test
    void aTextFieldSentAsAFileIsABadRequestOnEveryForm() throws Exception {
        String password = TestPeople.PASSWORD;
        Someone member = people.member("Filip Fil");
        MockHttpSession session = people.signIn(member);
        Someone other = people.member("Frida Fält");
        long listing = publishedListingOf(other);
        long own = publishedListingOf(member);
        long organisation = memberships.create(
                new OrganisationProfile(
                        "Fils Fabrik AB",
                        OrganisationNumbers.random(),
                        "company",
                        "small",
                        "0680",
                        null,
                        "Vi tillverkar saker.",
                        List.of("9")),
                member.id());
        String slug = jdbc.sql("select slug from accounts_organisation where id = ?")
                .param(organisation)
                .query(String.class)
                .single();
        long before = jdbc.sql("select count(*) from accounts_person")
                .query(Long.class)
                .single();

        // Anyone's forms.
        expectBadRequest(withAFile("/registrera", "email", "displayName", "Fia", "password", password), "sign-up");
        expectBadRequest(withAFile("/logga-in", "email", "password", password), "sign-in");
        expectBadRequest(withAFile("/glomt-losenord", "email"), "forgot password");
        expectBadRequest(withAFile("/aterstall-losenord", "token", "password", password), "reset password");
        expectBadRequest(withAFile("/konto/verifiera", "token"), "verify");
        expectBadRequest(withAFile("/konto/verifiera/skicka-igen", "email"), "resend verification");
        expectBadRequest(withAFile("/anmal/annons/" + listing, "reason", "details", "Skräp"), "report");
        // A member's forms.
        expectBadRequest(withAFile("/annonser/ny", "title").session(session), "new listing");
        expectBadRequest(withAFile("/annonser/" + own + "/redigera", "title").session(session), "edit listing");
        expectBadRequest(
                withAFile("/annonser/" + listing + "/intresse", "message").session(session), "interest");
        expectBadRequest(withAFile("/organisationer/ny", "name").session(session), "new organisation");
        expectBadRequest(
                withAFile("/organisationer/" + slug + "/redigera", "name").session(session), "edit organisation");
        expectBadRequest(
                withAFile("/organisationer/" + slug + "/inbjudningar", "email").session(session), "invite");
        expectBadRequest(withAFile("/mitt-konto/profil", "displayName").session(session), "profile");
        expectBadRequest(
                withAFile("/mitt-konto/e-post", "email", "passwordCheck", password)
                        .session(session),
                "e-mail");
        expectBadRequest(
                withAFile("/mitt-konto/losenord", "password", "currentPassword", password)
                        .session(session),
                "password");
        // Staff forms.
        MockHttpSession coordinator = people.signIn(people.coordinator("Kalle Kontroll"));
        expectBadRequest(
                withAFile("/admin/granskning/annons/" + listing + "/komplettera", "message")
                        .session(coordinator),
                "ask for changes");

        assertThat(jdbc.sql("select count(*) from accounts_person")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void aFormSentAsMultipartWithTextOnlyWorksLikeAnyForm() throws Exception {
        Someone member = people.member("Mona Multi");
        mvc.perform(multipart("/logga-in")
                        .param("email", member.email())
                        .param("password", TestPeople.PASSWORD)
                        .with(csrf())
                        .with(TestPeople.freshAddress()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
    }

    // The form token travels in the form or in a header, never in the address, where it would end up in
    // logs, browser history and Referer headers.

    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    String tokenOf(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/glomt-losenord").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("a form token on the page").isTrue();
        return matcher.group(1);
    }

    long resetMailsTo(String email) {
        return jdbc.sql("select count(*) from notifications_mail where recipient = ?")
                .param(email.toLowerCase(Locale.ROOT))
                .query(Long.class)
                .single();
    }

    @Test
    void theFormTokenIsRefusedInTheAddress() throws Exception {
        Someone member = people.member("Ture Token");
        MockHttpSession session = new MockHttpSession();
        String token = tokenOf(session);
        mvc.perform(post("/glomt-losenord?_csrf=" + token)
                        .param("email", member.email())
                        .session(session)
                        .with(TestPeople.freshAddress()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        assertThat(resetMailsTo(member.email())).isZero();

        // The same token in the form, or in the header htmx sends, is accepted.
        mvc.perform(post("/glomt-losenord")
                        .param("email", member.email())
                        .param("_csrf", token)
                        .session(session)
                        .with(TestPeople.freshAddress()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        mvc.perform(post("/glomt-losenord")
                        .param("email", member.email())
                        .header("X-CSRF-TOKEN", token)
                        .session(session)
                        .with(TestPeople.freshAddress()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        assertThat(resetMailsTo(member.email())).isEqualTo(2);
    }
}
