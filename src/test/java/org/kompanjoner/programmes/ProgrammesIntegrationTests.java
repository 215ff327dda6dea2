package org.kompanjoner.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.events.internal.Questions;
import org.kompanjoner.support.FormPosts;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A programme from intake to certificate: applications and decisions, places at the sessions, the
 * completion rule at its edges as attendance is marked at the sessions, the certificate and its code.
 */
@IntegrationTest
class ProgrammesIntegrationTests extends SiteTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @Autowired
    EventPlanning events;

    @Autowired
    Clock clock;

    final String token = Long.toString(System.nanoTime(), 36);

    /** A session for invited people only, {@code days} from now, organised by {@code organiser}. */
    long session(Someone organiser, int number, int days) {
        Instant start = clock.instant().plus(Duration.ofDays(days));
        return events.create(
                new EventPlan(
                        EventType.TRAINING,
                        "Träff " + number + " " + token,
                        "En träff i programmet.",
                        "Program",
                        List.of("17"),
                        start,
                        start.plus(Duration.ofHours(3)),
                        "Science Park",
                        "0680",
                        null,
                        30,
                        clock.instant().minus(Duration.ofDays(1)),
                        start.minus(Duration.ofHours(1)),
                        "sv",
                        "",
                        48,
                        Questions.none(),
                        EventPlan.DEFAULT_REMINDER_HOURS,
                        true),
                organiser.id());
    }

    MockHttpServletRequestBuilder programmeForm(MockHttpSession session, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Processledarutbildning " + token);
        fields.put("summary", "Fem träffar under ett år.");
        fields.put("description", "Om **processledning**.");
        fields.put("challenges", "17");
        fields.put("opensDate", "2026-01-01");
        fields.put("closesDate", "2099-12-31");
        fields.put("capacity", "20");
        fields.put("sessionsRequired", "4");
        fields.put("trainsFacilitators", "true");
        fields.put("language", "sv");
        return FormPosts.filledIn("/admin/program/nytt", session, fields, overrides);
    }

    long created(RequestBuilder request) throws Exception {
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String answer(RequestBuilder request, int expected) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder apply(long programme, MockHttpSession session) {
        return post("/program/" + programme + "/ansok")
                .session(session)
                .with(csrf())
                .param("motivation", "Jag vill leda samtal <script>alert(1)</script>")
                .param("organisation", "Föreningen")
                .param("municipality", "0680")
                .param("languages", "svenska, arabiska");
    }

    long applicationOf(long programme, Someone someone) {
        return jdbc.sql("select id from programmes_application where programme_id = ? and person_id = ?")
                .params(programme, someone.id())
                .query(Long.class)
                .single();
    }

    void mark(MockHttpSession organiser, long eventId, Someone... present) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/evenemang/" + eventId + "/narvaro")
                .session(organiser)
                .with(csrf());
        for (Someone someone : present) {
            request.param(
                    "present",
                    String.valueOf(jdbc.sql("select id from events_registration where event_id = ? and person_id = ?")
                            .params(eventId, someone.id())
                            .query(Long.class)
                            .single()));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    String certificateState(long programme, Someone someone) {
        List<String> found = jdbc.sql("""
                        select case when revoked_at is null then 'valid' else 'revoked' end
                        from programmes_certificate where programme_id = ? and person_id = ?
                        """)
                .params(programme, someone.id())
                .query(String.class)
                .list();
        return found.isEmpty() ? "none" : found.get(0);
    }

    void awaitCertificate(long programme, Someone someone, String state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> certificateState(programme, someone).equals(state));
    }

    @Test
    void theCompletionRuleIsExactAtItsEdgesAndTheCertificateItIssuesIsCheckedByItsCode() throws Exception {
        Someone coordinator = people.coordinator("Karin Kursledare");
        MockHttpSession staff = people.signIn(coordinator);
        long programme = created(programmeForm(staff));
        List<Long> sessions = new ArrayList<>();
        for (int number = 1; number <= 5; number++) {
            long id = session(coordinator, number, 10 * number);
            sessions.add(id);
            mvc.perform(post("/admin/program/" + programme + "/traffar")
                            .param("event", String.valueOf(id))
                            .session(staff)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        // A session is added once.
        assertThat(answer(
                        post("/admin/program/" + programme + "/traffar")
                                .param("event", String.valueOf(sessions.get(0)))
                                .session(staff)
                                .with(csrf()),
                        400))
                .contains("redan en träff");

        Someone member = people.member("Fatima Facilitator");
        MockHttpSession memberSession = people.signIn(member);
        mvc.perform(apply(programme, memberSession)).andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(member.email(), 1)))
                .startsWith("Din ansökan är mottagen");
        // Applying twice is refused and stores nothing more.
        assertThat(answer(apply(programme, memberSession), 409)).contains("Du har redan ansökt");
        assertThat(count("programmes_application where programme_id = " + programme))
                .isEqualTo(1);

        mvc.perform(post("/admin/program/" + programme + "/ansokningar/" + applicationOf(programme, member))
                        .param("decision", "ACCEPTED")
                        .param("message", "Välkommen!")
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Accepted: a place at every session, and the invitation-only sessions show to them.
        assertThat(count("events_registration where person_id = " + member.id() + " and status = 'CONFIRMED'"))
                .isEqualTo(5);
        assertThat(page(get("/evenemang/" + sessions.get(0)).session(memberSession)))
                .contains("Träff 1 " + token);
        assertThat(page(get("/mina-program").session(memberSession)))
                .contains("Du är antagen")
                .contains("Välkommen!")
                .contains("0 av 5 träffar");

        // Three of five, with four needed: no certificate.
        for (int i = 0; i < 3; i++) {
            mark(staff, sessions.get(i), member);
        }
        Thread.sleep(1000);
        assertThat(certificateState(programme, member)).isEqualTo("none");

        // The fourth: completed, with a certificate and a mail that carries its code.
        mark(staff, sessions.get(3), member);
        awaitCertificate(programme, member, "valid");
        String code = jdbc.sql("select code from programmes_certificate where programme_id = ? and person_id = ?")
                .params(programme, member.id())
                .query(String.class)
                .single();
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(member.email(), 8)))
                .contains("Du har genomfört");

        assertThat(page(get("/intyg/" + code))).contains("är giltigt").contains("Fatima Facilitator");
        assertThat(page(get("/intyg/" + code.toLowerCase().replace("-", "")))).contains("är giltigt");
        byte[] pdf = mvc.perform(get("/program/" + programme + "/intyg.pdf").session(memberSession))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Fatima Facilitator").contains(code).contains("Processledarutbildning " + token);
        }
        // Nobody else downloads it: another member has no certificate here.
        mvc.perform(get("/program/" + programme + "/intyg.pdf").session(people.signIn(people.member("Nils Nyfiken"))))
                .andExpect(status().isNotFound());

        // Attendance corrected below the rule revokes it; met again, it is given back.
        mark(staff, sessions.get(3));
        awaitCertificate(programme, member, "revoked");
        assertThat(answer(get("/intyg/" + code), 200)).contains("återkallades");
        mark(staff, sessions.get(4), member);
        awaitCertificate(programme, member, "valid");

        // A code that does not exist says so.
        assertThat(answer(get("/intyg/AAAAA-BBBBB"), 404)).contains("Det finns inget intyg med koden AAAAA-BBBBB");
        assertThat(answer(get("/intyg?kod=" + "%3Cb%3Eabc"), 302)).doesNotContain("<b>");
        assertThat(answer(get("/intyg/inte-en-kod"), 404)).contains("Det finns inget intyg med koden INTEENKOD");

        // A coordinator revokes it with a reason, which whoever checks it reads.
        long certificate = jdbc.sql("select id from programmes_certificate where code = ?")
                .param(code)
                .query(Long.class)
                .single();
        assertThat(answer(
                        post("/admin/program/" + programme + "/intyg/" + certificate + "/aterkalla")
                                .session(staff)
                                .with(csrf()),
                        400))
                .contains("Skriv ett skäl");
        mvc.perform(post("/admin/program/" + programme + "/intyg/" + certificate + "/aterkalla")
                        .param("reason", "Utfärdat av misstag")
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/intyg/" + code))).contains("återkallades").contains("Utfärdat av misstag");
        mvc.perform(get("/program/" + programme + "/intyg.pdf").session(memberSession))
                .andExpect(status().isNotFound());
    }

    @Test
    void aParticipantNoLongerAcceptedGivesTheirPlacesBack() throws Exception {
        Someone coordinator = people.coordinator("Vera Växlar");
        MockHttpSession staff = people.signIn(coordinator);
        long programme = created(programmeForm(staff));
        long session = session(coordinator, 1, 9);
        mvc.perform(post("/admin/program/" + programme + "/traffar")
                        .param("event", String.valueOf(session))
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Someone member = people.member("Pelle Plats");
        mvc.perform(apply(programme, people.signIn(member))).andExpect(status().is3xxRedirection());
        long application = applicationOf(programme, member);
        for (String decision : List.of("ACCEPTED", "WAITING")) {
            mvc.perform(post("/admin/program/" + programme + "/ansokningar/" + application)
                            .param("decision", decision)
                            .session(staff)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("select status from events_registration where event_id = ? and person_id = ?")
                            .params(session, member.id())
                            .query(String.class)
                            .single())
                    .isEqualTo(decision.equals("ACCEPTED") ? "CONFIRMED" : "CANCELLED");
        }
    }

    @Autowired
    org.kompanjoner.events.Sessions sessions;

    @Test
    void aCertificateIsDatedByTheEndOfTheLastSessionAttended() throws Exception {
        Someone coordinator = people.coordinator("Dagny Datum");
        MockHttpSession staff = people.signIn(coordinator);
        long programme = created(programmeForm(staff, "sessionsRequired", "1"));
        Instant start = clock.instant().minus(Duration.ofDays(3));
        long held = sessions.schedule(
                new org.kompanjoner.events.SessionPlan(
                        "Hållen träff " + token,
                        "Redan hållen.",
                        List.of("17"),
                        start,
                        start.plus(Duration.ofHours(2)),
                        "Science Park",
                        "0680",
                        null,
                        "sv"),
                coordinator.id());
        mvc.perform(post("/admin/program/" + programme + "/traffar")
                        .param("event", String.valueOf(held))
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Someone member = people.member("Sigge Sen");
        mvc.perform(apply(programme, people.signIn(member))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/program/" + programme + "/ansokningar/" + applicationOf(programme, member))
                        .param("decision", "ACCEPTED")
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Marked present afterwards: completed when the session ended, not when it was marked.
        mark(staff, held, member);
        awaitCertificate(programme, member, "valid");
        assertThat(jdbc.sql("select completed_at from programmes_certificate where programme_id = ?")
                        .param(programme)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isCloseTo(
                        start.plus(Duration.ofHours(2)),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void badInputIsNamedAndStoresNothing() throws Exception {
        Someone coordinator = people.coordinator("Bo Beslut");
        MockHttpSession staff = people.signIn(coordinator);
        long before = count("programmes_programme");
        assertThat(answer(programmeForm(staff, "sessionsRequired", "0"), 400)).contains("mellan 1 och 100");
        assertThat(answer(programmeForm(staff, "closesDate", "2025-12-01"), 400))
                .contains("kan inte vara före");
        assertThat(answer(programmeForm(staff, "title", ""), 400)).contains("Skriv ett namn.");
        assertThat(answer(programmeForm(staff, "challenges", "99"), 400)).contains("samhällsutmaningar");
        assertThat(count("programmes_programme")).isEqualTo(before);

        // The intake closed yesterday: an application gets a message and is not stored.
        String yesterday = java.time.LocalDate.now(clock).minusDays(2).toString();
        long closed = created(programmeForm(staff, "opensDate", "2026-01-01", "closesDate", yesterday));
        MockHttpSession member = people.signIn(people.member("Sen Sökande"));
        assertThat(answer(apply(closed, member), 409))
                .contains("Ansökan är stängd.")
                .contains("Jag vill leda samtal &lt;script&gt;");
        assertThat(count("programmes_application where programme_id = " + closed))
                .isZero();

        // Missing motivation and an unknown municipality are named by field, the typed text kept.
        long open = created(programmeForm(staff, "capacity", "1"));
        assertThat(answer(
                        post("/program/" + open + "/ansok")
                                .session(member)
                                .with(csrf())
                                .param("organisation", "Min förening")
                                .param("municipality", "9999")
                                .param("languages", ""),
                        400))
                .contains("Berätta varför du vill delta.")
                .contains("Välj en kommun i listan.")
                .contains("value=\"Min förening\"");
        assertThat(count("programmes_application where programme_id = " + open)).isZero();

        // A full programme takes nobody more.
        Someone first = people.member("Första Antagna");
        Someone second = people.member("Andra Sökande");
        mvc.perform(apply(open, people.signIn(first))).andExpect(status().is3xxRedirection());
        mvc.perform(apply(open, people.signIn(second))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/program/" + open + "/ansokningar/" + applicationOf(open, first))
                        .param("decision", "ACCEPTED")
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(answer(
                        post("/admin/program/" + open + "/ansokningar/" + applicationOf(open, second))
                                .param("decision", "ACCEPTED")
                                .session(staff)
                                .with(csrf()),
                        409))
                .contains("Programmet är fullt");
        assertThat(jdbc.sql("select status from programmes_application where id = ?")
                        .param(applicationOf(open, second))
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");

        // Only events the coordinator organises become sessions.
        long others = session(people.coordinator("Annan Arrangör"), 1, 5);
        assertThat(answer(
                        post("/admin/program/" + open + "/traffar")
                                .param("event", String.valueOf(others))
                                .session(staff)
                                .with(csrf()),
                        400))
                .contains("bara lägga till evenemang som du arrangerar");
        assertThat(count("programmes_session where programme_id = " + open)).isZero();
    }

    @Test
    void aProgrammeIsRunByItsCoordinatorAndItsSessionsAreHiddenFromOthers() throws Exception {
        Someone coordinator = people.coordinator("Ulla Utbildare");
        MockHttpSession staff = people.signIn(coordinator);
        long programme = created(programmeForm(staff));
        long session = session(coordinator, 1, 7);
        Someone applicant = people.member("Alva Ansökt");
        mvc.perform(apply(programme, people.signIn(applicant))).andExpect(status().is3xxRedirection());
        long application = applicationOf(programme, applicant);

        MockHttpSession other = people.signIn(people.coordinator("Olof Obehörig"));
        MockHttpSession member = people.signIn(people.member("Maja Medlem"));
        for (MockHttpSession intruder : List.of(other, member)) {
            mvc.perform(get("/admin/program/" + programme).session(intruder)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/program/" + programme + "/ansokningar/" + application)
                            .param("decision", "ACCEPTED")
                            .session(intruder)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/program/" + programme + "/traffar")
                            .param("event", String.valueOf(session))
                            .session(intruder)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select status from programmes_application where id = ?")
                        .param(application)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
        // The motivation is the coordinator's to read, escaped.
        assertThat(page(get("/admin/program/" + programme).session(staff)))
                .contains("Jag vill leda samtal &lt;script&gt;")
                .doesNotContain("<script>alert(1)");

        // An invitation-only session: not in the calendar, and not there for a visitor or another member.
        assertThat(page(get("/evenemang"))).doesNotContain("Träff 1 " + token);
        mvc.perform(get("/evenemang/" + session)).andExpect(status().isNotFound());
        mvc.perform(get("/evenemang/" + session).session(member)).andExpect(status().isNotFound());
        mvc.perform(get("/evenemang/" + session + ".ics")).andExpect(status().isNotFound());
        mvc.perform(post("/evenemang/" + session + "/anmal").session(member).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evenemang/" + session + "/gast")).andExpect(status().isNotFound());
        assertThat(count("events_registration where event_id = " + session)).isZero();
        assertThat(page(get("/evenemang/" + session).session(staff))).contains("bara för inbjudna");
        assertThat(page(get("/program/" + programme))).contains("Processledarutbildning " + token);
        assertThat(Set.of(page(get("/program")))).allMatch(list -> list.contains("Processledarutbildning " + token));
    }
}
