package org.kompanjoner.programmes.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestClock;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Social business boards from end to end through the site: advisers volunteer, an entrepreneur applies,
 * a coordinator seats a panel (warned below three sectors), schedules the meeting as a private event,
 * records the advice, and the follow-up links go out after three and six months and are answered once.
 * A case is seen only by its entrepreneur, its panel and staff; a story needs the entrepreneur's consent.
 */
@IntegrationTest
class BoardsIntegrationTests extends SiteTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @Autowired
    TestClock clock;

    @Autowired
    BoardDesk desk;

    @Autowired
    Advisers advisers;

    @Autowired
    FollowUpJob job;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return body(request, status().isOk());
    }

    String body(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return mvc.perform(request)
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Waits for a mail to {@code address} whose subject contains {@code text}: mails may arrive in any order. */
    static MimeMessage awaitSubject(String address, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage mail : TestMailServer.to(address)) {
                if (TestMailServer.subject(mail).contains(text)) {
                    return mail;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No mail to " + address + " about " + text);
    }

    Someone adviser(String name, String... sectors) {
        Someone someone = people.member(name);
        advisers.volunteer(someone.id(), new AdviserForm(List.of(sectors), "Erfaren"));
        return someone;
    }

    MockHttpServletRequestBuilder apply(MockHttpSession session, String organisation) {
        return post("/mitt-konto/styrelser/ansok")
                .session(session)
                .with(csrf())
                .param("organisation", organisation)
                .param("challenge", "Lokalen räcker inte")
                .param("question", "Ska vi växa?")
                .param("tried", "Räknat på en lokal")
                .param("help", "Råd om ekonomi");
    }

    long caseOf(Someone entrepreneur) {
        return jdbc.sql("select max(id) from programmes_board_case where entrepreneur_id = ?")
                .param(entrepreneur.id())
                .query(Long.class)
                .single();
    }

    long panelSize(long caseId) {
        return count("programmes_board_panel where case_id = " + caseId);
    }

    MockHttpServletRequestBuilder seat(MockHttpSession coordinator, long caseId, Object adviser) {
        return post("/admin/styrelser/arenden/" + caseId + "/radgivare")
                .session(coordinator)
                .with(csrf())
                .param("adviser", adviser.toString());
    }

    MockHttpServletRequestBuilder meeting(MockHttpSession coordinator, long caseId, String date, String start) {
        return post("/admin/styrelser/arenden/" + caseId + "/mote")
                .session(coordinator)
                .with(csrf())
                .param("date", date)
                .param("startTime", start)
                .param("endTime", "16:00")
                .param("venue", "Science Park")
                .param("municipality", "0680");
    }

    /** A case with a seated panel of {@code panel}, its meeting scheduled two weeks ahead. */
    long scheduledCase(Someone entrepreneur, Someone coordinator, Someone... panel) throws Exception {
        long id =
                desk.apply(entrepreneur.id(), new CaseForm("Kafferosteriet", "Svag lönsamhet", "Hur?", "Allt", "Råd"));
        for (Someone adviser : panel) {
            desk.seat(id, adviser.id());
        }
        desk.panelSeated(id);
        mvc.perform(meeting(
                        people.signIn(coordinator),
                        id,
                        LocalDate.now().plusDays(14).toString(),
                        "13:00"))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    @Test
    void aMemberVolunteersAsAdviserWithSectorsAndStopsAndMistakesChangeNothing() throws Exception {
        Someone member = people.member("Rut Rådgivare");
        MockHttpSession session = people.signIn(member);
        String refused = body(
                post("/mitt-konto/styrelser/radgivare")
                        .session(session)
                        .with(csrf())
                        .param("sectors", "nonsense")
                        .param("about", "Typad text"),
                status().isBadRequest());
        assertThat(refused).contains("Välj minst en sektor").contains("Typad text");
        assertThat(advisers.isActive(member.id())).isFalse();

        mvc.perform(post("/mitt-konto/styrelser/radgivare")
                        .session(session)
                        .with(csrf())
                        .param("sectors", "company", "academia")
                        .param("about", "Forskare och företagare"))
                .andExpect(status().is3xxRedirection());
        assertThat(advisers.isActive(member.id())).isTrue();
        assertThat(advisers.profile(member.id()).orElseThrow().sectors()).containsExactly("academia", "company");
        assertThat(page(get("/mitt-konto").session(session))).contains("Mina uppgifter som rådgivare");

        mvc.perform(post("/mitt-konto/styrelser/radgivare/sluta")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(advisers.isActive(member.id())).isFalse();
    }

    @Test
    void anApplicationWithMistakesKeepsWhatWasTypedAndStoresNothingAndAGoodOneIsMailed() throws Exception {
        Someone entrepreneur = people.member("Elin Entreprenör");
        MockHttpSession session = people.signIn(entrepreneur);
        long before = count("programmes_board_case");
        String refused = body(
                post("/mitt-konto/styrelser/ansok")
                        .session(session)
                        .with(csrf())
                        .param("organisation", "Byns <b>kafé</b>")
                        .param("challenge", "x".repeat(2001))
                        .param("question", ""),
                status().isBadRequest());
        assertThat(refused)
                .contains("Fyll i det här fältet")
                .contains("Högst 2000 tecken")
                .contains("value=\"Byns &lt;b>kafé&lt;/b>\"")
                .doesNotContain("<b>kafé");
        assertThat(count("programmes_board_case")).isEqualTo(before);

        mvc.perform(apply(session, "Byns kafé")).andExpect(status().is3xxRedirection());
        long id = caseOf(entrepreneur);
        awaitSubject(entrepreneur.email(), "tagit emot ditt ärende " + id);
        assertThat(page(get("/mitt-konto/styrelser").session(session))).contains("Byns kafé");
        assertThat(page(get("/admin/styrelser?status=SUBMITTED")
                        .session(people.signIn(people.coordinator("Cia Samordnare")))))
                .contains("Byns kafé")
                .contains("Elin Entreprenör");
    }

    @Test
    void aCaseIsSeenOnlyByItsEntrepreneurItsPanelAndStaff() throws Exception {
        Someone entrepreneur = people.member("Ebba Entreprenör");
        Someone onPanel = adviser("Per Panel", "company");
        Someone notOnPanel = adviser("Olle Utanför", "public");
        Someone other = people.member("Mona Medlem");
        long id = desk.apply(entrepreneur.id(), new CaseForm("Hemligt AB", "Hemlig utmaning", "Fråga", "Allt", "Råd"));
        desk.seat(id, onPanel.id());
        String path = "/mitt-konto/styrelser/arenden/" + id;

        assertThat(page(get(path).session(people.signIn(entrepreneur)))).contains("Hemlig utmaning");
        assertThat(page(get(path).session(people.signIn(onPanel)))).contains("Hemlig utmaning");
        assertThat(page(get(path).session(people.signIn(people.coordinator("Stina Staff")))))
                .contains("Hemlig utmaning");
        for (Someone stranger : List.of(other, notOnPanel)) {
            MockHttpSession session = people.signIn(stranger);
            assertThat(body(get(path).session(session), status().isNotFound())).doesNotContain("Hemlig utmaning");
            mvc.perform(post(path + "/samtycke").session(session).with(csrf()).param("consent", "true"))
                    .andExpect(status().isNotFound());
            assertThat(page(get("/mitt-konto/styrelser").session(session))).doesNotContain("Hemligt AB");
            mvc.perform(get("/admin/styrelser/arenden/" + id).session(session)).andExpect(status().isForbidden());
            mvc.perform(seat(session, id, stranger.id())).andExpect(status().isForbidden());
        }
        // The panel reads the case but may not consent for the entrepreneur.
        mvc.perform(post(path + "/samtycke")
                        .session(people.signIn(onPanel))
                        .with(csrf())
                        .param("consent", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/mitt-konto/styrelser/arenden/999999").session(people.signIn(entrepreneur)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select consent from programmes_board_case where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void thePanelWarnsBelowThreeSectorsAndRefusesTheSameAdviserTwiceAndNonVolunteers() throws Exception {
        Someone entrepreneur = people.member("Stig Sökande");
        Someone business = adviser("Bo Företag", "company");
        Someone business2 = adviser("Bea Företag", "company");
        Someone municipal = adviser("Kim Kommun", "public");
        Someone academic = adviser("Ada Akademi", "academia", "civil_society");
        Someone notVolunteer = people.member("Nils Inte");
        MockHttpSession coordinator = people.signIn(people.coordinator("Sara Samordnare"));
        long id = desk.apply(entrepreneur.id(), new CaseForm("Org", "Utmaning", "Fråga", "Provat", "Hjälp"));
        String path = "/admin/styrelser/arenden/" + id;

        mvc.perform(seat(coordinator, id, business.id())).andExpect(status().is3xxRedirection());
        mvc.perform(seat(coordinator, id, business2.id())).andExpect(status().is3xxRedirection());
        assertThat(page(get(path).session(coordinator)))
                .contains("Varning: panelen har bara 1 sektorer")
                .contains("Bo Företag")
                .contains("Bea Företag");
        awaitSubject(entrepreneur.email(), "granskas");

        // The same adviser twice, someone who does not volunteer, nonsense, and the entrepreneur: 400, nothing stored.
        for (Object refused : List.of(business.id(), notVolunteer.id(), "abc", entrepreneur.id())) {
            String page = body(seat(coordinator, id, refused), status().isBadRequest());
            assertThat(page).containsAnyOf("sitter redan i panelen", "erbjudit sig som rådgivare", "kan inte sitta");
            assertThat(panelSize(id)).isEqualTo(2);
        }
        assertThat(body(seat(coordinator, id, business.id()), status().isBadRequest()))
                .contains("Den rådgivaren sitter redan i panelen");

        mvc.perform(seat(coordinator, id, municipal.id())).andExpect(status().is3xxRedirection());
        assertThat(page(get(path).session(coordinator))).contains("Varning: panelen har bara 2 sektorer");
        mvc.perform(seat(coordinator, id, academic.id())).andExpect(status().is3xxRedirection());
        String enough = page(get(path).session(coordinator));
        assertThat(enough).doesNotContain("Varning").contains("Panelen har rådgivare från 4 sektorer");

        mvc.perform(post(path + "/radgivare/" + business2.id() + "/ta-bort")
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(panelSize(id)).isEqualTo(3);
        mvc.perform(post(path + "/panel-klar").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.find(id).status()).isEqualTo(CaseStatus.PANEL_SEATED);
        awaitSubject(entrepreneur.email(), "Panelen för ditt ärende " + id);
    }

    @Test
    void theMeetingIsAPrivateEventForThePanelAndTheEntrepreneurOnlyAndANonExistentTimeIsRefused() throws Exception {
        Someone entrepreneur = people.member("Moa Möte");
        Someone first = adviser("Ali Ett", "company");
        Someone second = adviser("Bea Två", "public");
        Someone outside = adviser("Cid Utanför", "academia");
        Someone coordinatorPerson = people.coordinator("Mia Samordnare");
        MockHttpSession coordinator = people.signIn(coordinatorPerson);
        long id = desk.apply(entrepreneur.id(), new CaseForm("Org", "Utmaning", "Fråga", "Provat", "Hjälp"));
        desk.seat(id, first.id());
        desk.seat(id, second.id());
        desk.panelSeated(id);
        long events = count("events_event");

        // 02:30 on the night the clocks go forward does not exist; the form comes back with what was typed.
        String refused = body(meeting(coordinator, id, "2027-03-28", "02:30"), status().isBadRequest());
        assertThat(refused).contains("Klockan 02:30 finns inte").contains("2027-03-28");
        assertThat(body(meeting(coordinator, id, "inte ett datum", "13:00"), status().isBadRequest()))
                .contains("Skriv ett datum");
        assertThat(count("events_event")).isEqualTo(events);
        assertThat(desk.find(id).status()).isEqualTo(CaseStatus.PANEL_SEATED);

        mvc.perform(meeting(coordinator, id, LocalDate.now().plusDays(14).toString(), "13:00"))
                .andExpect(status().is3xxRedirection());
        BoardCase scheduled = desk.find(id);
        assertThat(scheduled.status()).isEqualTo(CaseStatus.MEETING_SCHEDULED);
        assertThat(count("events_event")).isEqualTo(events + 1);
        String event = "/evenemang/" + scheduled.eventId();
        for (Someone invited : List.of(entrepreneur, first, second)) {
            assertThat(page(get(event).session(people.signIn(invited)))).contains("Social företagsstyrelse: Org");
        }
        mvc.perform(get(event).session(people.signIn(outside))).andExpect(status().isNotFound());
        mvc.perform(get(event).session(people.signIn(people.member("Vem Som")))).andExpect(status().isNotFound());
        mvc.perform(get(event)).andExpect(status().isNotFound());
        assertThat(page(get("/mitt-konto/styrelser/arenden/" + id).session(people.signIn(first))))
                .contains("href=\"" + event + "\"");
        // Scheduled twice: refused, no second event.
        mvc.perform(meeting(coordinator, id, LocalDate.now().plusDays(15).toString(), "13:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("events_event")).isEqualTo(events + 1);
        TestMailServer.awaitMail(first.email(), 1);
    }

    @Test
    void theAdviceIsRecordedAndFollowUpsAfterThreeAndSixMonthsAreAnsweredOnce() throws Exception {
        Someone entrepreneur = people.member("Fia Följd");
        Someone a = adviser("Aron A", "company");
        Someone b = adviser("Bodil B", "public");
        Someone c = adviser("Cecil C", "civil_society");
        Someone coordinatorPerson = people.coordinator("Ulla Uppföljning");
        MockHttpSession coordinator = people.signIn(coordinatorPerson);
        long id = scheduledCase(entrepreneur, coordinatorPerson, a, b, c);
        String path = "/admin/styrelser/arenden/" + id;

        assertThat(body(
                        post(path + "/rad")
                                .session(coordinator)
                                .with(csrf())
                                .param("advice", "Typat råd")
                                .param("nextSteps", ""),
                        status().isBadRequest()))
                .contains("Fyll i det här fältet")
                .contains("Typat råd");
        assertThat(desk.find(id).status()).isEqualTo(CaseStatus.MEETING_SCHEDULED);
        mvc.perform(post(path + "/rad")
                        .session(coordinator)
                        .with(csrf())
                        .param("advice", "Sälj till företag")
                        .param("nextSteps", "Ring tre kunder"))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.find(id).status()).isEqualTo(CaseStatus.ADVISED);
        assertThat(page(get("/mitt-konto/styrelser/arenden/" + id).session(people.signIn(entrepreneur))))
                .contains("Sälj till företag")
                .contains("Ring tre kunder");
        awaitSubject(entrepreneur.email(), "Rådet från styrelsen");

        // Nothing is due before three months.
        clock.advance(Duration.ofDays(80));
        job.sendDue();
        assertThat(sentFollowUps(id)).isZero();
        clock.advance(Duration.ofDays(13));
        assertThat(job.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(job.sendDue()).isZero();
        assertThat(sentFollowUps(id)).isEqualTo(1);
        MimeMessage mail = awaitSubject(entrepreneur.email(), "efter 3 månader");
        String link = TestMailServer.pathOf(TestMailServer.link(mail, "/styrelser/uppfoljning/"));
        assertThat(jdbc.sql("select count(*) from programmes_board_follow_up where token_hash = ?")
                        .param(link.substring(link.lastIndexOf('/') + 1))
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();

        // Opening the link changes nothing; a mistake stores nothing; the answer is stored once.
        assertThat(page(get(link))).contains("Hur har det gått efter 3 månader");
        assertThat(page(get(link))).contains("Hur har det gått efter 3 månader");
        assertThat(answeredFollowUps(id)).isZero();
        assertThat(body(answer(link, "Bra", "Gjort", "9"), status().isBadRequest()))
                .contains("Välj en siffra från 1 till 5")
                .contains("Bra");
        assertThat(answeredFollowUps(id)).isZero();
        mvc.perform(answer(link, "Två nya kunder", "Alla tre samtal gjorda", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(answeredFollowUps(id)).isEqualTo(1);
        assertThat(desk.find(id).status()).isEqualTo(CaseStatus.FOLLOWED_UP);
        assertThat(body(answer(link, "Ändrat", "Ändrat", "1"), status().isConflict()))
                .contains("redan besvarad");
        assertThat(body(get(link), status().isConflict())).contains("redan besvarad");
        mvc.perform(get("/styrelser/uppfoljning/inte-en-lank")).andExpect(status().isNotFound());
        for (Someone reader : List.of(entrepreneur, a)) {
            assertThat(page(get("/mitt-konto/styrelser/arenden/" + id).session(people.signIn(reader))))
                    .contains("Två nya kunder")
                    .contains("4 av 5")
                    .doesNotContain("Ändrat");
        }

        // The six-month follow-up.
        clock.advance(Duration.ofDays(92));
        job.sendDue();
        assertThat(sentFollowUps(id)).isEqualTo(2);
        awaitSubject(entrepreneur.email(), "efter 6 månader");
        assertThat(TestMailServer.to(entrepreneur.email()).stream()
                        .filter(sent -> TestMailServer.subject(sent).contains("efter 3 månader")))
                .hasSize(1);
    }

    MockHttpServletRequestBuilder answer(String link, String how, String steps, String rating) {
        return post(link)
                .with(csrf())
                .param("howItWent", how)
                .param("stepsTaken", steps)
                .param("rating", rating);
    }

    long sentFollowUps(long caseId) {
        return count("programmes_board_follow_up where sent_at is not null and case_id = " + caseId);
    }

    long answeredFollowUps(long caseId) {
        return count("programmes_board_follow_up where answered_at is not null and case_id = " + caseId);
    }

    @Test
    void aStoryIsPublishedOnlyWithTheEntrepreneursConsentAndTakenDownWhenItIsWithdrawn() throws Exception {
        Someone entrepreneur = people.member("Siv Story");
        MockHttpSession own = people.signIn(entrepreneur);
        MockHttpSession coordinator = people.signIn(people.coordinator("Tea Text"));
        long id = desk.apply(entrepreneur.id(), new CaseForm("Storyföretaget", "U", "F", "P", "H"));
        MockHttpServletRequestBuilder publish = post("/admin/styrelser/arenden/" + id + "/berattelse")
                .session(coordinator)
                .with(csrf())
                .param("storyTitle", "Företaget som växte")
                .param("storyText", "Det gick **bra**. <script>alert(1)</script>");

        assertThat(body(publish, status().isBadRequest())).contains("inte gett sitt samtycke");
        assertThat(page(get("/styrelser"))).doesNotContain("Företaget som växte");

        mvc.perform(post("/mitt-konto/styrelser/arenden/" + id + "/samtycke")
                        .session(own)
                        .with(csrf())
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(publish).andExpect(status().is3xxRedirection());
        String stories = page(get("/styrelser"));
        assertThat(stories)
                .contains("Företaget som växte")
                .contains("<strong>bra</strong>")
                .doesNotContain("<script>alert(1)")
                .contains("/mitt-konto/styrelser/ansok");
        assertThat(page(get("/boards?lang=en")))
                .contains("Social business boards")
                .contains("Företaget som växte");

        mvc.perform(post("/mitt-konto/styrelser/arenden/" + id + "/samtycke")
                        .session(own)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/styrelser"))).doesNotContain("Företaget som växte");
    }
}
