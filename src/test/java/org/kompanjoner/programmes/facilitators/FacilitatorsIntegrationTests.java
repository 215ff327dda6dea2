package org.kompanjoner.programmes.facilitators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.kompanjoner.programmes.ProgrammeCompleted;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Facilitator status, the directory, a facilitator's profile, and requests for a facilitator from end to end. */
@IntegrationTest
class FacilitatorsIntegrationTests extends SiteTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FacilitatorStatus status;

    @Autowired
    Facilitators facilitators;

    static final FacilitatorProfile PROFILE = new FacilitatorProfile(
            List.of("3", "10"), "Dialogmöten", List.of("sv", "ar"), List.of("0680"), "Vardagar", "Jag leder samtal.");

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void completed(long programmeId, long personId, boolean facilitatorProgramme) {
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new ProgrammeCompleted(programmeId, personId, facilitatorProgramme, Instant.now())));
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the listener").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    long changes(long personId) {
        return count("programmes_facilitator_change where person_id = " + personId);
    }

    /** A facilitator with {@code profile}, as a coordinator makes one. */
    Someone facilitator(String name, FacilitatorProfile profile) {
        Someone someone = people.member(name);
        Someone coordinator = people.coordinator("Samordnare " + name);
        status.grant(someone.id(), "Utbildad", coordinator.id());
        facilitators.saveProfile(someone.id(), profile);
        return someone;
    }

    @Test
    void completingAFacilitatorProgrammeGrantsTheStatusOnceAndAnotherGrantKeepsTheProfile() throws Exception {
        Someone trained = people.member("Tove Tränad");
        Someone other = people.member("Olof Övrig");

        completed(9001, trained.id(), true);
        completed(9002, other.id(), false);
        await(() -> changes(trained.id()) == 1);
        assertThat(facilitators.isActive(trained.id())).isTrue();

        MockHttpSession session = people.signIn(trained);
        mvc.perform(post("/mitt-konto/facilitator")
                        .session(session)
                        .with(csrf())
                        .param("areas", "3", "10")
                        .param("methods", "Open Space <script>alert(1)</script>")
                        .param("languages", "sv", "so")
                        .param("municipalities", "0680", "", "0684")
                        .param("availability", "Kvällar")
                        .param("about", "Om mig"))
                .andExpect(status().is3xxRedirection());

        // The same completion delivered again, and another facilitator programme, change nothing but the record.
        completed(9001, trained.id(), true);
        completed(9003, trained.id(), true);
        await(() -> changes(trained.id()) == 2);
        assertThat(status.grant(trained.id(), "Igen", people.coordinator("Cia").id()))
                .isFalse();
        assertThat(changes(trained.id())).isEqualTo(2);
        FacilitatorProfile kept = facilitators.profile(trained.id()).orElseThrow();
        assertThat(kept.languages()).containsExactly("sv", "so");
        assertThat(kept.municipalities()).containsExactly("0680", "0684");
        assertThat(facilitators.isActive(other.id())).isFalse();
        assertThat(page(get("/facilitatorer")))
                .contains("Tove Tränad")
                .contains("Open Space &lt;script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("Olof Övrig");
    }

    @Test
    void theDirectoryFiltersByChallengeLanguageAndMunicipalityAndNeverShowsAnAddress() throws Exception {
        Someone arabic = facilitator("Amal Arabiska", PROFILE);
        Someone somali = facilitator(
                "Sahra Somaliska",
                new FacilitatorProfile(List.of("5"), "Workshop", List.of("so"), List.of("0684"), "", ""));

        String all = page(get("/facilitatorer"));
        assertThat(all).contains("Amal Arabiska").contains("Sahra Somaliska").contains("Arabiska");
        assertThat(all).doesNotContain(arabic.email()).doesNotContain(somali.email());
        assertThat(page(get("/facilitatorer?language=so")))
                .contains("Sahra Somaliska")
                .doesNotContain("Amal Arabiska");
        assertThat(page(get("/facilitatorer?challenge=10&municipality=0680")))
                .contains("Amal Arabiska")
                .doesNotContain("Sahra Somaliska");
        assertThat(page(get("/facilitators?language=ar&lang=en")))
                .contains("Amal Arabiska")
                .contains("Arabic")
                .doesNotContain("Sahra Somaliska");
        // Nonsense in a facet is no filter, never an error.
        assertThat(page(get("/facilitatorer?challenge=x'--&language=zz&page=-3")))
                .contains("Sahra Somaliska");
    }

    @Test
    void aCoordinatorGrantsAndWithdrawsWithAReasonAndOnlyStaffMay() throws Exception {
        Someone member = people.member("Maja Medlem");
        Someone candidate = people.member("Kim Kandidat");
        MockHttpSession coordinator = people.signIn(people.coordinator("Cecilia Samordnare"));
        MockHttpSession memberSession = people.signIn(member);

        mvc.perform(post("/admin/facilitatorer/personer/ge-status")
                        .session(memberSession)
                        .with(csrf())
                        .param("email", candidate.email())
                        .param("reason", "Jag vill"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/facilitatorer").session(memberSession)).andExpect(status().isForbidden());

        // No reason, and an unknown address: 400 with both named, nothing granted.
        String refused = mvc.perform(post("/admin/facilitatorer/personer/ge-status")
                        .session(coordinator)
                        .with(csrf())
                        .param("email", "ingen@exempel.se")
                        .param("reason", " "))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("Det finns inget konto")
                .contains("Fyll i det här fältet")
                .contains("ingen@exempel.se");
        assertThat(changes(candidate.id())).isZero();

        mvc.perform(post("/admin/facilitatorer/personer/ge-status")
                        .session(coordinator)
                        .with(csrf())
                        .param("email", candidate.email())
                        .param("reason", "Har lett möten i tio år"))
                .andExpect(status().is3xxRedirection());
        assertThat(facilitators.isActive(candidate.id())).isTrue();
        assertThat(page(get("/facilitatorer"))).contains("Kim Kandidat");

        mvc.perform(post("/admin/facilitatorer/personer/" + candidate.id() + "/dra-tillbaka")
                        .session(coordinator)
                        .with(csrf())
                        .param("reason", ""))
                .andExpect(status().isBadRequest());
        assertThat(facilitators.isActive(candidate.id())).isTrue();
        mvc.perform(post("/admin/facilitatorer/personer/" + candidate.id() + "/dra-tillbaka")
                        .session(coordinator)
                        .with(csrf())
                        .param("reason", "Har flyttat"))
                .andExpect(status().is3xxRedirection());
        assertThat(facilitators.isActive(candidate.id())).isFalse();
        assertThat(page(get("/facilitatorer"))).doesNotContain("Kim Kandidat");
        assertThat(page(get("/admin/facilitatorer/personer/" + candidate.id()).session(coordinator)))
                .contains("Har flyttat")
                .contains("Har lett möten i tio år")
                .contains("Cecilia Samordnare");
        // The withdrawn facilitator's own pages are closed to them.
        mvc.perform(get("/mitt-konto/facilitator").session(people.signIn(candidate)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProfileWithMistakesIsABadRequestByFieldAndChangesNothing() throws Exception {
        Someone facilitator = facilitator("Pia Profil", PROFILE);
        MockHttpSession session = people.signIn(facilitator);
        String page = mvc.perform(post("/mitt-konto/facilitator")
                        .session(session)
                        .with(csrf())
                        .param("areas", "99")
                        .param("methods", "x".repeat(501))
                        .param("languages", "xx")
                        .param("municipalities", "0680", "0684", "0685", "0686", "0687")
                        .param("about", "Typat"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Välj minst ett område")
                .contains("Högst 500 tecken")
                .contains("Välj minst ett språk")
                .contains("Välj minst en kommun")
                .contains("Typat");
        assertThat(facilitators.profile(facilitator.id()).orElseThrow()).isEqualTo(PROFILE);
        // Someone who is not a facilitator has no profile to edit.
        MockHttpSession member = people.signIn(people.member("Ingen Facilitator"));
        mvc.perform(get("/mitt-konto/facilitator").session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/mitt-konto/facilitator").session(member).with(csrf()).param("areas", "3"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRequestWithMistakesIsABadRequestByFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
        long before = count("programmes_facilitator_request");
        String page = mvc.perform(post("/facilitatorer/forfragan")
                        .with(csrf())
                        .with(TestPeople.freshAddress())
                        .param("name", "Rut Requester")
                        .param("email", "inte-en-adress")
                        .param("what", "Ett dialogmöte <b>om</b> äldre")
                        .param("municipality", "9999")
                        .param("timing", "")
                        .param("audience", "30 personer")
                        .param("facilitator", "abc"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Skriv en e-postadress")
                .contains("Välj den kommun")
                .contains("Fyll i det här fältet")
                .contains("Välj en facilitator i listan")
                .contains("Rut Requester")
                .contains("Ett dialogmöte &lt;b&gt;om&lt;/b&gt; äldre")
                .contains("30 personer");
        assertThat(count("programmes_facilitator_request")).isEqualTo(before);

        // A robot that fills the hidden field is thanked, and nothing is stored or sent.
        String robot = TestPeople.uniqueEmail("robot");
        mvc.perform(request(robot, null).param("homepage", "http://spam.example"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("programmes_facilitator_request")).isEqualTo(before);
    }

    MockHttpServletRequestBuilder request(String email, Long facilitator) {
        return post("/facilitatorer/forfragan")
                .with(csrf())
                .with(TestPeople.freshAddress())
                .param("name", "Rut Requester")
                .param("email", email)
                .param("organisation", "Byalaget")
                .param("what", "Ett dialogmöte om äldres ensamhet")
                .param("municipality", "0680")
                .param("timing", "En eftermiddag i mars")
                .param("audience", "30 föreningsaktiva")
                .param("facilitator", facilitator == null ? "" : facilitator.toString());
    }

    @Test
    void aRequestIsAssignedAcceptedOnlyByItsFacilitatorAndTheRequesterIsToldAtEachStep() throws Exception {
        Someone first = facilitator("Frida Första", PROFILE);
        Someone second = facilitator("Sven Andra", PROFILE);
        MockHttpSession coordinator = people.signIn(people.coordinator("Inger Inkorg"));
        String requester = TestPeople.uniqueEmail("bestallare");

        mvc.perform(request(requester, first.id())).andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 1)))
                .contains("tagit emot");
        long id = jdbc.sql("select id from programmes_facilitator_request where email = ?")
                .param(requester)
                .query(Long.class)
                .single();
        assertThat(page(get("/admin/facilitatorer?status=NEW").session(coordinator)))
                .contains("Rut Requester");
        assertThat(page(get("/admin/facilitatorer/forfragningar/" + id).session(coordinator)))
                .contains("Ett dialogmöte om äldres ensamhet")
                .contains(requester)
                .contains("Frida Första");

        // An internal note; then assigned to the first facilitator, who is told by mail.
        mvc.perform(post("/admin/facilitatorer/forfragningar/" + id + "/anteckning")
                        .session(coordinator)
                        .with(csrf())
                        .param("note", "Ring först"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/facilitatorer/forfragningar/" + id + "/tilldela")
                        .session(coordinator)
                        .with(csrf())
                        .param("facilitator", "nobody"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/facilitatorer/forfragningar/" + id + "/tilldela")
                        .session(coordinator)
                        .with(csrf())
                        .param("facilitator", Long.toString(first.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 2)))
                .contains("har fått en facilitator");
        assertThat(TestMailServer.link(TestMailServer.awaitMail(first.email(), 1), "/mitt-konto/facilitator/uppdrag"))
                .isNotBlank();

        // Neither another member nor another facilitator may answer it; the assigned one declines.
        MockHttpSession firstSession = people.signIn(first);
        for (MockHttpSession stranger : List.of(people.signIn(people.member("Mats Medlem")), people.signIn(second))) {
            mvc.perform(post("/mitt-konto/facilitator/uppdrag/" + id + "/tacka-ja")
                            .session(stranger)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/mitt-konto/facilitator/uppdrag/" + id + "/tacka-nej")
                            .session(stranger)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(page(get("/mitt-konto/facilitator/uppdrag").session(firstSession)))
                .contains("Ett dialogmöte om äldres ensamhet")
                .contains(requester);
        mvc.perform(post("/mitt-konto/facilitator/uppdrag/" + id + "/tacka-nej")
                        .session(firstSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 3)))
                .contains("annan facilitator");
        assertThat(jdbc.sql("select status from programmes_facilitator_request where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");

        // Assigned to the second, who accepts: the requester hears who.
        mvc.perform(post("/admin/facilitatorer/forfragningar/" + id + "/tilldela")
                        .session(coordinator)
                        .with(csrf())
                        .param("facilitator", Long.toString(second.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/mitt-konto/facilitator/uppdrag/" + id + "/tacka-ja")
                        .session(firstSession)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/mitt-konto/facilitator/uppdrag/" + id + "/tacka-ja")
                        .session(people.signIn(second))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 5)))
                .contains("Sven Andra tar");

        // Closing needs an outcome; done with a message is mailed; a closed request stays closed.
        mvc.perform(post("/admin/facilitatorer/forfragningar/" + id + "/avsluta")
                        .session(coordinator)
                        .with(csrf())
                        .param("outcome", "NEW")
                        .param("message", "Typat meddelande"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/facilitatorer/forfragningar/" + id + "/avsluta")
                        .session(coordinator)
                        .with(csrf())
                        .param("outcome", "DONE")
                        .param("message", "Tack för ett fint möte"))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 6)))
                .contains("avslutad");
        mvc.perform(post("/admin/facilitatorer/forfragningar/" + id + "/avsluta")
                        .session(coordinator)
                        .with(csrf())
                        .param("outcome", "DECLINED"))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.to(requester)).hasSize(6);
        assertThat(jdbc.sql("select status || ':' || note from programmes_facilitator_request where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE:Ring först");
    }

    @Test
    void theInboxIsForStaffOnly() throws Exception {
        mvc.perform(get("/admin/facilitatorer")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/facilitatorer").session(people.signIn(people.member("Nils Nyfiken"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/facilitatorer/forfragningar/1/tilldela")
                        .session(people.signIn(people.member("Nina Nyfiken")))
                        .with(csrf())
                        .param("facilitator", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mitt-konto/facilitator/uppdrag")).andExpect(status().is3xxRedirection());
    }
}
