package org.kompanjoner.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.TestPeople.freshAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.internal.TrustedDevices;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What accounts and organisations must do, run against each database the platform supports (see the
 * subclasses): real sign-up with mail through SMTP, real sign-in, real access checks.
 */
abstract class AccountsScenarios extends SiteTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    static final Cookie ENGLISH = new Cookie("lang", "en");

    static String pathOf(String link) {
        return TestMailServer.pathOf(link);
    }

    // sign-up and verification

    @Test
    void signUpMailsAVerificationLinkAndTheVerifiedPersonCanSignIn() throws Exception {
        String email = TestPeople.uniqueEmail("anna");
        mvc.perform(post("/registrera")
                        .param("displayName", "Anna Andersson")
                        .param("email", email)
                        .param("password", TestPeople.PASSWORD)
                        .with(csrf())
                        .with(freshAddress()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/logga-in")
                        .param("email", email)
                        .param("password", TestPeople.PASSWORD)
                        .with(csrf())
                        .with(freshAddress()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("bekräfta din e-postadress")));

        MimeMessage mail = TestMailServer.awaitMail(email, 1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Bekräfta din e-postadress");
        String link = TestMailServer.link(mail, "/konto/verifiera");
        // Opening the link (as a mail scanner does) only asks; the person's click confirms.
        mvc.perform(get(pathOf(link))).andExpect(status().isOk());
        mvc.perform(get(pathOf(link))).andExpect(status().isOk());
        mvc.perform(post(pathOf(link)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(pathOf(link))).andExpect(status().isBadRequest());

        MockHttpSession session = people.signIn(email, TestPeople.PASSWORD);
        mvc.perform(get("/mitt-konto").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Anna Andersson")));
    }

    @Test
    void refusesBadSignUpInputInSwedishAndStoresNothing() throws Exception {
        long before = count("accounts_person");
        expectSignUpRefused(signUp("Bo", "inte-en-adress", TestPeople.PASSWORD), "Skriv en e-postadress i rätt format");
        expectSignUpRefused(signUp("Bo", TestPeople.uniqueEmail("bo"), "kort"), "minst 12 tecken");
        expectSignUpRefused(signUp("Bo", TestPeople.uniqueEmail("bo"), "password1234"), "för vanligt");
        expectSignUpRefused(signUp("", TestPeople.uniqueEmail("bo"), TestPeople.PASSWORD), "Skriv ditt namn");
        assertThat(count("accounts_person")).isEqualTo(before);
    }

    @Test
    void refusesBadSignUpInputInEnglishAndStoresNothing() throws Exception {
        long before = count("accounts_person");
        expectSignUpRefused(
                signUp("Bo", "not-an-address", TestPeople.PASSWORD).cookie(ENGLISH),
                "Enter an e-mail address in the right format");
        expectSignUpRefused(
                signUp("Bo", TestPeople.uniqueEmail("bo"), "short").cookie(ENGLISH), "at least 12 characters");
        expectSignUpRefused(
                signUp("Bo", TestPeople.uniqueEmail("bo"), "iloveyou2024!!").cookie(ENGLISH), "too common");
        assertThat(count("accounts_person")).isEqualTo(before);
    }

    @Test
    void signingUpWithATakenAddressRevealsNothingAndTellsTheOwner() throws Exception {
        Someone existing = people.member("Cecilia Carlsson");
        mvc.perform(signUp("Impostor", existing.email(), "ett-helt-annat-losenord-99"))
                .andExpect(status().is3xxRedirection());
        MimeMessage mail = TestMailServer.awaitMail(existing.email(), 1);
        assertThat(TestMailServer.subject(mail)).contains("försökte skapa ett konto");
        assertThat(jdbc.sql("select display_name from accounts_person where email = ?")
                        .param(existing.email())
                        .query(String.class)
                        .single())
                .isEqualTo("Cecilia Carlsson");
    }

    @Test
    void signingUpAgainAndAgainWithATakenAddressTellsItsOwnerOnce() throws Exception {
        Someone existing = people.member("Cornelia Cedergren");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signUp("Impostor " + attempt, existing.email(), "ett-helt-annat-losenord-99"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select count(*) from notifications_mail where recipient = ?")
                        .param(existing.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPersonCannotRegisterDozensOfOrganisations() throws Exception {
        MockHttpSession session = people.signIn(people.member("Olle Org"));
        for (int i = 1; i <= 5; i++) {
            createOrganisation(session, "Olles bolag nummer " + i, OrganisationNumbers.random());
        }
        long before = count("accounts_organisation");
        mvc.perform(organisationForm("/organisationer/ny", "Olles sjätte bolag", OrganisationNumbers.random())
                        .session(session))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("många organisationer i dag")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Olles sjätte bolag")));
        assertThat(count("accounts_organisation")).isEqualTo(before);
    }

    MockHttpServletRequestBuilder signUp(String name, String email, String password) {
        return post("/registrera")
                .param("displayName", name)
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(freshAddress());
    }

    void expectSignUpRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
    }

    // sign-in

    MvcResult signInAttempt(String email, String password, RequestPostProcessor address, Cookie... cookies)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/logga-in")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(address);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void slowsGuessingFromOnePlaceWithGrowingWaits() throws Exception {
        Someone person = people.member("David Dahl");
        RequestPostProcessor address = freshAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signInAttempt(person.email(), "fel-losenord-" + attempt, address)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(401);
        }
        // From the same place, the next try waits, whether or not the password is right.
        MvcResult held = signInAttempt(person.email(), TestPeople.PASSWORD, address);
        assertThat(held.getResponse().getStatus()).isEqualTo(429);
        assertThat(held.getResponse().getHeader("Retry-After")).isNotNull();
        assertThat(held.getResponse().getContentAsString()).contains("För många misslyckade inloggningar");
    }

    @Test
    void guessingFromOnePlaceDoesNotLockTheOwnerOutFromAnother() throws Exception {
        Someone person = people.member("Dora Dal");
        RequestPostProcessor attacker = freshAddress();
        for (int attempt = 1; attempt <= 12; attempt++) {
            signInAttempt(person.email(), "gissning-" + attempt, attacker);
        }
        assertThat(signInAttempt(person.email(), TestPeople.PASSWORD, freshAddress())
                        .getResponse()
                        .getStatus())
                .as("the owner, from their own address")
                .isEqualTo(302);
    }

    @Test
    void anOfficeBehindOneAddressKeepsSigningInWhenSomeMistypeTheirPasswords() throws Exception {
        RequestPostProcessor office = freshAddress();
        for (int colleague = 1; colleague <= 15; colleague++) {
            Someone someone = people.member("Kollega " + colleague);
            signInAttempt(someone.email(), "fel-losenord", office);
        }
        Someone last = people.member("Sist Kvar");
        assertThat(signInAttempt(last.email(), TestPeople.PASSWORD, office)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    @Test
    void guessingFromManyPlacesHoldsBackNewBrowsersButNeverTheOwnersOwnNorTheResetByMail() throws Exception {
        Someone person = people.member("Disa Dun");
        Cookie device = signInAttempt(person.email(), TestPeople.PASSWORD, freshAddress())
                .getResponse()
                .getCookie(TrustedDevices.COOKIE);
        assertThat(device)
                .as("the browser the owner signed in from is remembered")
                .isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        // A guesser spreads their tries over many addresses.
        for (int attempt = 1; attempt <= 20; attempt++) {
            signInAttempt(person.email(), "gissning-" + attempt, freshAddress());
        }
        MvcResult newBrowser = signInAttempt(person.email(), TestPeople.PASSWORD, freshAddress());
        assertThat(newBrowser.getResponse().getStatus()).isEqualTo(429);
        assertThat(newBrowser.getResponse().getHeader("Retry-After")).isNotNull();
        assertThat(newBrowser.getResponse().getContentAsString()).contains("Återställ lösenordet via e-post");

        // The owner's own browser still gets in, from wherever it is now.
        assertThat(signInAttempt(person.email(), TestPeople.PASSWORD, freshAddress(), device)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        // And a reset by mail still works from a new browser.
        mvc.perform(post("/glomt-losenord")
                        .param("email", person.email())
                        .with(csrf())
                        .with(freshAddress()))
                .andExpect(status().is3xxRedirection());
        String link = TestMailServer.link(TestMailServer.awaitMail(person.email(), 1), "/aterstall-losenord");
        assertThat(link).contains("token=");
    }

    String languageAfterSigningIn(Someone person, Cookie... cookies) throws Exception {
        MockHttpServletRequestBuilder request = post("/logga-in")
                .param("email", person.email())
                .param("password", TestPeople.PASSWORD)
                .with(csrf())
                .with(freshAddress());
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        org.springframework.mock.web.MockHttpServletResponse response = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        Cookie chosen = response.getCookie("lang");
        return chosen == null ? null : chosen.getValue();
    }

    String savedLanguage(Someone person) {
        return jdbc.sql("select locale from accounts_person where id = ?")
                .param(person.id())
                .query(String.class)
                .single();
    }

    @Test
    void aLanguageChosenInThisBrowserOutlastsSigningInAndIsSavedWithTheAccount() throws Exception {
        Someone person = people.member("Erik Engelsk");
        assertThat(savedLanguage(person)).isEqualTo("sv");
        // Without a choice in this browser, pages follow the account.
        assertThat(languageAfterSigningIn(person)).isEqualTo("sv");
        // A visitor who chose English before signing in keeps it, and the account remembers it.
        assertThat(languageAfterSigningIn(person, ENGLISH)).isNull();
        assertThat(savedLanguage(person)).isEqualTo("en");
        assertThat(languageAfterSigningIn(person)).isEqualTo("en");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() throws Exception {
        Someone person = people.member("Eva Ek");
        mvc.perform(post("/logga-in")
                        .param("email", person.email())
                        .param("password", "inte-mitt-losenord")
                        .cookie(ENGLISH)
                        .with(csrf())
                        .with(freshAddress()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is not correct")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        long before = count("accounts_person");
        mvc.perform(post("/registrera")
                        .param("displayName", "Fredrik")
                        .param("email", TestPeople.uniqueEmail("fredrik"))
                        .param("password", TestPeople.PASSWORD)
                        .with(freshAddress()))
                .andExpect(status().isForbidden());
        assertThat(count("accounts_person")).isEqualTo(before);
    }

    @Test
    void anUnverifiedAddressIsNotRevealedToSomeoneWithoutThePassword() throws Exception {
        String email = TestPeople.uniqueEmail("overifierad");
        mvc.perform(signUp("Pia Persson", email, TestPeople.PASSWORD)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/logga-in")
                        .param("email", email)
                        .param("password", "gissat-losenord-123")
                        .with(csrf())
                        .with(freshAddress()))
                .andExpect(status().isUnauthorized())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("bekräfta din e-postadress"))));
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        Someone person = people.member("Quentin Qvist");
        MockHttpSession laptop = people.signIn(person);
        MockHttpSession phone = people.signIn(person);
        mvc.perform(post("/mitt-konto/losenord")
                        .param("currentPassword", TestPeople.PASSWORD)
                        .param("password", "helt-nya-ord-for-hosten")
                        .session(laptop)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mitt-konto").session(laptop)).andExpect(status().isOk());
        mvc.perform(get("/mitt-konto").session(phone))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/logga-in")));
    }

    @Test
    void aRoleTakenAwayTakesEffectOnTheNextClick() throws Exception {
        Someone coordinator = people.coordinator("Rasmus Rydberg");
        MockHttpSession session = people.signIn(coordinator);
        mvc.perform(get("/admin/e-post").session(session)).andExpect(status().isOk());
        MockHttpSession admin = people.signIn("admin@test.kompanjoner.se", "lugnt-vatten-vid-vattern-2026");
        mvc.perform(post("/admin/personer/" + coordinator.id()).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/e-post").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aSoleTradersPersonalNumberIsShownToMembersOnly() throws Exception {
        MockHttpSession owner = people.signIn(people.member("Siv Sjöberg"));
        String personalNumber = OrganisationNumbers.withCheckDigit("811218"
                + String.format(
                        "%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000)));
        String slug = createOrganisation(owner, "Sivs Sömnad", personalNumber);
        mvc.perform(get("/organisationer/" + slug))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(personalNumber))));
        mvc.perform(get("/organisationer/" + slug).session(owner))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(personalNumber)));
    }

    // organisations

    @Test
    void aMemberCannotChangeAnotherMembersOrganisation() throws Exception {
        Someone owner = people.member("Gunilla Gran");
        Someone other = people.member("Hassan Haddad");
        String slug = createOrganisation(people.signIn(owner), "Granens Café AB", OrganisationNumbers.random());
        MockHttpSession intruder = people.signIn(other);

        mvc.perform(get("/organisationer/" + slug + "/redigera").session(intruder))
                .andExpect(status().isForbidden());
        mvc.perform(organisationForm("/organisationer/" + slug + "/redigera", "Kapad AB", OrganisationNumbers.random())
                        .session(intruder))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisationer/" + slug + "/inbjudningar")
                        .param("email", TestPeople.uniqueEmail("accomplice"))
                        .session(intruder)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisationer/" + slug + "/medlemmar/" + owner.id() + "/ta-bort")
                        .session(intruder)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisationer/" + slug + "/medlemmar").session(intruder))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select name from accounts_organisation where slug = ?")
                        .param(slug)
                        .query(String.class)
                        .single())
                .isEqualTo("Granens Café AB");
        assertThat(jdbc.sql("select count(*) from accounts_invitation i join accounts_organisation o"
                                + " on o.id = i.organisation_id where o.slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesABadOrganisationNumberInBothLanguagesAndStoresNothing() throws Exception {
        MockHttpSession session = people.signIn(people.member("Ingrid Isaksson"));
        long before = count("accounts_organisation");
        mvc.perform(organisationForm("/organisationer/ny", "Felnummer AB", "556677-8890")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Organisationsnumret stämmer inte")));
        mvc.perform(organisationForm("/organisationer/ny", "Wrong Number Ltd", "12345")
                        .session(session)
                        .cookie(ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("organisation number is not valid")));
        mvc.perform(organisationForm("/organisationer/ny", "Okänd kommun AB", OrganisationNumbers.random())
                        .param("municipality", "9999")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Välj en kommun i listan")));
        assertThat(count("accounts_organisation")).isEqualTo(before);
    }

    @Test
    void anOwnerInvitesByMailAndTheInviteeJoins() throws Exception {
        Someone owner = people.member("Johanna Jonsson");
        Someone invitee = people.member("Karim Karlsson");
        String slug = createOrganisation(people.signIn(owner), "Jonssons Snickeri AB", OrganisationNumbers.random());

        mvc.perform(post("/organisationer/" + slug + "/inbjudningar")
                        .param("email", invitee.email())
                        .session(people.signIn(owner))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String link = TestMailServer.link(TestMailServer.awaitMail(invitee.email(), 1), "/inbjudan/");

        MockHttpSession inviteeSession = people.signIn(invitee);
        mvc.perform(get(pathOf(link)).session(inviteeSession))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jonssons Snickeri AB")));
        mvc.perform(post(pathOf(link)).session(inviteeSession).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select m.role from accounts_membership m join accounts_organisation o"
                                + " on o.id = m.organisation_id where o.slug = ? and m.person_id = ?")
                        .params(slug, invitee.id())
                        .query(String.class)
                        .single())
                .isEqualTo("MEMBER");
        // The link works once only.
        mvc.perform(post(pathOf(link))
                        .session(people.signIn(people.member("Lars Lund")))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** The link in the invitation {@code owner} sends from {@code slug} to {@code address}. */
    String invite(Someone owner, String slug, String address) throws Exception {
        mvc.perform(post("/organisationer/" + slug + "/inbjudningar")
                        .param("email", address)
                        .session(people.signIn(owner))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        return pathOf(TestMailServer.link(
                TestMailServer.awaitMail(address.strip().toLowerCase(java.util.Locale.ROOT), 1), "/inbjudan/"));
    }

    boolean isMember(String slug, long personId) {
        return jdbc.sql("select count(*) from accounts_membership m join accounts_organisation o"
                                + " on o.id = m.organisation_id where o.slug = ? and m.person_id = ?")
                        .params(slug, personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Test
    void anInvitationIsAcceptedOnlyByThePersonItWasSentTo() throws Exception {
        Someone owner = people.member("Petra Persson");
        Someone invitee = people.member("Rolf Rask");
        Someone holder = people.member("Sten Sluga");
        String slug = createOrganisation(people.signIn(owner), "Perssons Plåt AB", OrganisationNumbers.random());
        // Invited with capitals and spaces: the address is compared as the platform stores addresses.
        String link = invite(owner, slug, "  " + invitee.email().toUpperCase() + " ");

        // Someone else who came by the link (a forwarded mail, staff reading the outbox) cannot join.
        MockHttpSession other = people.signIn(holder);
        String refusal = mvc.perform(get(link).session(other).cookie(ENGLISH))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refusal)
                .contains("sent to another address")
                .doesNotContain(invitee.email())
                .doesNotContain("<form method=\"post\" action=\"" + link);
        mvc.perform(post(link).session(other).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("skickades till en annan adress")));
        assertThat(isMember(slug, holder.id())).isFalse();

        // The invitation is still open for the person it was meant for.
        MockHttpSession mine = people.signIn(invitee);
        mvc.perform(get(link).session(mine)).andExpect(status().isOk());
        mvc.perform(post(link).session(mine).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(isMember(slug, invitee.id())).isTrue();
    }

    @Test
    void withSmtpConfiguredNotEvenAnAdministratorSeesTheLinkOfAMailNotYetDelivered() throws Exception {
        Someone owner = people.member("Ylva Yxell");
        String slug = createOrganisation(people.signIn(owner), "Yxells Ysby AB", OrganisationNumbers.random());
        String address = TestPeople.uniqueEmail("vantar");
        invite(owner, slug, address);
        // As if delivery had failed and the mail waited for the next attempt.
        long mail = jdbc.sql("select id from notifications_mail where recipient = ?")
                .param(address)
                .query(Long.class)
                .single();
        jdbc.sql("update notifications_mail set sent_at = null where id = ?")
                .param(mail)
                .update();
        MockHttpSession admin = people.signIn("admin@test.kompanjoner.se", "lugnt-vatten-vid-vattern-2026");
        mvc.perform(get("/admin/e-post/" + mail).session(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/inbjudan/"))));
    }

    @Test
    void anInviteeWithoutAnAccountSignsUpFromTheInvitationAndJoins() throws Exception {
        Someone owner = people.member("Tyra Tornberg");
        String slug = createOrganisation(people.signIn(owner), "Tornbergs Trä AB", OrganisationNumbers.random());
        String address = TestPeople.uniqueEmail("ny-kollega");
        String link = invite(owner, slug, address);

        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(signUp("Ulf Uddén", address, TestPeople.PASSWORD).param("next", link))
                .andExpect(status().is3xxRedirection());
        String verify = pathOf(TestMailServer.link(TestMailServer.awaitMail(address, 2), "/konto/verifiera"));
        mvc.perform(post(verify).with(csrf())).andExpect(status().is3xxRedirection());
        MockHttpSession session = people.signIn(address, TestPeople.PASSWORD);
        mvc.perform(post(link).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        long personId = jdbc.sql("select id from accounts_person where email = ?")
                .param(address)
                .query(Long.class)
                .single();
        assertThat(isMember(slug, personId)).isTrue();
    }

    @Test
    void theLastOwnerCannotLeave() throws Exception {
        Someone owner = people.member("Maja Mattsson");
        MockHttpSession session = people.signIn(owner);
        String slug = createOrganisation(session, "Mattssons Mat AB", OrganisationNumbers.random());
        mvc.perform(post("/organisationer/" + slug + "/medlemmar/" + owner.id() + "/ta-bort")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from accounts_membership m join accounts_organisation o"
                                + " on o.id = m.organisation_id where o.slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aForgottenPasswordIsResetByMailLink() throws Exception {
        Someone person = people.member("Nils Nilsson");
        mvc.perform(post("/glomt-losenord")
                        .param("email", person.email())
                        .with(csrf())
                        .with(freshAddress()))
                .andExpect(status().is3xxRedirection());
        String link = TestMailServer.link(TestMailServer.awaitMail(person.email(), 1), "/aterstall-losenord");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        mvc.perform(post("/aterstall-losenord")
                        .param("token", token)
                        .param("password", "kort")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/aterstall-losenord")
                        .param("token", token)
                        .param("password", "nya-stigar-genom-hoglandet")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        people.signIn(person.email(), "nya-stigar-genom-hoglandet");
        mvc.perform(post("/aterstall-losenord")
                        .param("token", token)
                        .param("password", "en-tredje-fras-som-ar-lang")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNewEmailAddressTakesEffectOnlyWhenConfirmed() throws Exception {
        Someone person = people.member("Olga Olofsson");
        MockHttpSession session = people.signIn(person);
        String newEmail = TestPeople.uniqueEmail("olga-ny");
        mvc.perform(post("/mitt-konto/e-post")
                        .param("email", newEmail)
                        .param("passwordCheck", "fel-losenord-helt-klart")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                // What was typed is kept, except the password; the profile form still shows the person.
                .andExpect(content().string(org.hamcrest.Matchers.containsString(newEmail)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Olga Olofsson")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("fel-losenord-helt-klart"))));
        mvc.perform(post("/mitt-konto/e-post")
                        .param("email", newEmail)
                        .param("passwordCheck", TestPeople.PASSWORD)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(emailOf(person.id())).isEqualTo(person.email());
        String link = TestMailServer.link(TestMailServer.awaitMail(newEmail, 1), "/mitt-konto/e-post/bekrafta");
        mvc.perform(get(pathOf(link)).session(session)).andExpect(status().is3xxRedirection());
        assertThat(emailOf(person.id())).isEqualTo(newEmail);
    }

    String emailOf(long personId) {
        return jdbc.sql("select email from accounts_person where id = ?")
                .param(personId)
                .query(String.class)
                .single();
    }

    MockHttpServletRequestBuilder organisationForm(String path, String name, String number) {
        return org.kompanjoner.support.OrganisationForms.form(path, name, number);
    }

    String createOrganisation(MockHttpSession session, String name, String number) throws Exception {
        return org.kompanjoner.support.OrganisationForms.create(mvc, session, name, number);
    }
}
