package org.kompanjoner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.events.internal.Answers;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.events.internal.Questions;
import org.kompanjoner.events.internal.Registrations;
import org.kompanjoner.support.FormPosts;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestClock;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What surrounds an event besides its seats: the questions asked at registration and who sees the
 * answers, their deletion after the event, materials, co-organisers and the check-in list at the door.
 */
@IntegrationTest
class EventFollowUpIntegrationTests extends SiteTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @Autowired
    EventPlanning planning;

    @Autowired
    Registrations registrations;

    @Autowired
    Answers answers;

    @Autowired
    Clock clock;

    final String token = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void backToNow() {
        ((TestClock) clock).reset();
    }

    /** An event in {@code days} days, created by {@code organiser}, asking {@code questions}. */
    long event(String title, Someone organiser, Questions questions, int days) {
        Instant start = clock.instant().plus(Duration.ofDays(days));
        return planning.create(
                new EventPlan(
                        EventType.SEMINAR,
                        title + " " + token,
                        "Ett seminarium.",
                        "Program",
                        List.of("17"),
                        start,
                        start.plus(Duration.ofHours(2)),
                        "Science Park",
                        "0680",
                        null,
                        10,
                        clock.instant().minus(Duration.ofDays(1)),
                        start.minus(Duration.ofHours(1)),
                        "sv",
                        "",
                        48,
                        questions,
                        EventPlan.DEFAULT_REMINDER_HOURS,
                        false),
                organiser.id());
    }

    static Questions all() {
        return new Questions(Set.of(Questions.Question.values()), List.of("Vad vill du ta upp?"));
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String refused(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder register(long id, MockHttpSession session, String... answers) {
        MockHttpServletRequestBuilder request =
                post("/evenemang/" + id + "/anmal").session(session).with(csrf());
        for (int i = 0; i + 1 < answers.length; i += 2) {
            request.param("answer-" + answers[i], answers[i + 1]);
        }
        return request;
    }

    @Test
    void theQuestionsAreAnsweredAtRegistrationAndTheAnswersSeenOnlyByTheOrganisers() throws Exception {
        Someone organiser = people.coordinator("Frida Frågvis");
        MockHttpSession organiserSession = people.signIn(organiser);
        long id = event("Frågorna", organiser, all(), 10);
        Someone member = people.member("Anna Svarar");
        MockHttpSession memberSession = people.signIn(member);

        assertThat(page(get("/evenemang/" + id).session(memberSession)))
                .contains("name=\"answer-DIET\"")
                .contains("name=\"answer-SECTOR\"")
                .contains("Vad vill du ta upp?")
                .contains("raderas 30 dagar efter");

        // A sector not in the list, or an answer too long, is named and nothing is registered.
        assertThat(refused(register(id, memberSession, "SECTOR", "PIRATES"))).contains("Välj en sektor i listan.");
        assertThat(refused(register(id, memberSession, "DIET", "x".repeat(501))))
                .contains("Högst 500 tecken.");
        assertThat(count("events_registration where event_id = " + id)).isZero();

        mvc.perform(register(
                        id,
                        memberSession,
                        "ORGANISATION",
                        "Föreningen Framåt",
                        "SECTOR",
                        "civil_society",
                        "DIET",
                        "Vegan <script>alert(1)</script>",
                        "FREE_1",
                        "Bostäder",
                        "FREE_9",
                        "ignored"))
                .andExpect(status().is3xxRedirection());

        String organiserPage = page(get("/admin/evenemang/" + id).session(organiserSession));
        assertThat(organiserPage)
                .contains("Föreningen Framåt")
                .contains("Vegan &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Bostäder")
                .doesNotContain("<script>alert(1)");
        assertThat(page(get("/admin/evenemang/" + id + "/deltagare.csv").session(organiserSession)))
                .contains("organisation,sector,diet,accessibility,free_1")
                .contains("Vegan <script>alert(1)</script>");
        assertThat(count("events_answer a join events_registration r on r.id = a.registration_id where r.event_id = "
                        + id))
                .isEqualTo(4);

        // Nobody else sees them: not the member on the public page, not another event's organiser.
        assertThat(page(get("/evenemang/" + id).session(memberSession))).doesNotContain("Föreningen Framåt");
        assertThat(page(get("/evenemang/" + id))).doesNotContain("Vegan");
        MockHttpSession other = people.signIn(people.coordinator("Annan Arrangör"));
        mvc.perform(get("/admin/evenemang/" + id).session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/evenemang/" + id + "/deltagare.csv").session(other))
                .andExpect(status().isForbidden());

        // A guest is asked the same questions.
        assertThat(page(get("/evenemang/" + id + "/gast"))).contains("name=\"answer-ACCESSIBILITY\"");
        String guest = "gast-" + token + "@example.se";
        mvc.perform(post("/evenemang/" + id + "/gast")
                        .with(csrf())
                        .param("name", "Gustav Gäst")
                        .param("email", guest)
                        .param("answer-ACCESSIBILITY", "Hörslinga"))
                .andExpect(status().isOk());
        assertThat(page(get("/admin/evenemang/" + id).session(organiserSession)))
                .contains("Hörslinga");
    }

    @Test
    void personalAnswersAreDeletedOnScheduleAfterTheEventAndWorkAnswersKept() throws Exception {
        Someone organiser = people.coordinator("Gunnel GDPR");
        long id = event("Gallringen", organiser, all(), 5);
        Someone member = people.member("Pia Personlig");
        registrations.registerMember(
                id,
                member.id(),
                Map.of("ORGANISATION", "Kommunen", "SECTOR", "public", "DIET", "Glutenfri", "FREE_1", "Privat"));

        answers.purgeDue();
        assertThat(answerCount(id)).isEqualTo(4);

        // The event is over, but not yet by the time answers are kept.
        ((TestClock) clock).advance(Duration.ofDays(5 + 29));
        answers.purgeDue();
        assertThat(answerCount(id)).isEqualTo(4);

        ((TestClock) clock).advance(Duration.ofDays(2));
        answers.purgeDue();
        assertThat(jdbc.sql("""
                        select a.question from events_answer a join events_registration r on r.id = a.registration_id
                        where r.event_id = ? order by a.question
                        """).param(id).query(String.class).list()).containsExactly("ORGANISATION", "SECTOR");
        assertThat(page(get("/admin/evenemang/" + id).session(people.signIn(organiser))))
                .contains("raderades")
                .doesNotContain("Glutenfri");
    }

    private long answerCount(long eventId) {
        return count(
                "events_answer a join events_registration r on r.id = a.registration_id where r.event_id = " + eventId);
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    RequestBuilder upload(long id, MockHttpSession session, String name, byte[] content) {
        return multipart("/admin/evenemang/" + id + "/material/fil")
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("fileTitle", "Bilder " + name)
                .session(session)
                .with(csrf());
    }

    @Test
    void materialsAreCheckedByContentAndSizeAndTheFirstAfterTheEventIsMailedOnce() throws Exception {
        Someone organiser = people.coordinator("Maria Material");
        MockHttpSession organiserSession = people.signIn(organiser);
        long id = event("Materialet", organiser, Questions.none(), 2);
        Someone member = people.member("Sven Satt");
        mvc.perform(register(id, people.signIn(member))).andExpect(status().is3xxRedirection());
        TestMailServer.awaitMail(member.email(), 1);

        byte[] large = Arrays.copyOf(PDF, 12 * 1024 * 1024);
        assertThat(refused(upload(id, organiserSession, "stor.pdf", large))).contains("större än 10 MB");
        byte[] program = Arrays.copyOf(
                "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 4096);
        assertThat(refused(upload(id, organiserSession, "program.pdf", program)))
                .contains("stämmer innehållet inte med filnamnet");
        assertThat(refused(upload(id, organiserSession, "bilder.exe", PDF))).contains("inte av ett slag");
        assertThat(refused(post("/admin/evenemang/" + id + "/material/lank")
                        .param("linkTitle", "Länk")
                        .param("link", "javascript:alert(1)")
                        .session(organiserSession)
                        .with(csrf())))
                .contains("börjar med https://")
                // What was typed is kept for the next try.
                .contains("value=\"Länk\"");
        assertThat(count("events_material where event_id = " + id)).isZero();

        // After the event: the first material tells those who had a seat, the next does not.
        ((TestClock) clock).advance(Duration.ofDays(3));
        mvc.perform(upload(id, organiserSession, "bilder.pdf", PDF)).andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(member.email(), 2)))
                .isEqualTo("Material och resultat är publicerade: Materialet " + token);
        mvc.perform(post("/admin/evenemang/" + id + "/material/lank")
                        .param("linkTitle", "Inspelningen")
                        .param("link", "https://video.example.se/" + token)
                        .session(organiserSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Thread.sleep(500);
        assertThat(TestMailServer.to(member.email())).hasSize(2);

        String eventPage = page(get("/evenemang/" + id));
        assertThat(eventPage).contains("Bilder bilder.pdf").contains("https://video.example.se/" + token);
        long file = jdbc.sql("select id from events_material where event_id = ? and link is null")
                .param(id)
                .query(Long.class)
                .single();
        MvcResult download = mvc.perform(get("/evenemang/" + id + "/material/" + file))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        mvc.perform(get("/evenemang/" + (id + 1000) + "/material/" + file)).andExpect(status().isNotFound());

        // Another coordinator can neither add nor remove.
        MockHttpSession other = people.signIn(people.coordinator("Obehörig Material"));
        mvc.perform(upload(id, other, "bilder.pdf", PDF)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/evenemang/" + id + "/material/" + file + "/ta-bort")
                        .session(other)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("events_material where event_id = " + id)).isEqualTo(2);
        mvc.perform(post("/admin/evenemang/" + id + "/material/" + file + "/ta-bort")
                        .session(organiserSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("events_material where event_id = " + id)).isEqualTo(1);
    }

    @Test
    void theCheckInListMarksArrivalsOneByOneForTheEventsOrganisersOnly() throws Exception {
        Someone organiser = people.coordinator("Dora Dörr");
        MockHttpSession organiserSession = people.signIn(organiser);
        long id = event("Dörren", organiser, all(), 3);
        jdbc.sql("update events_event set capacity = 1 where id = ?").param(id).update();
        Someone seated = people.member("Hugo Här");
        Someone waiting = people.member("Kajsa Kö");
        mvc.perform(register(id, people.signIn(seated), "ORGANISATION", "Högskolan"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(register(id, people.signIn(waiting))).andExpect(status().is3xxRedirection());
        long seatedId = registrationOf(id, seated);
        long waitingId = registrationOf(id, waiting);

        String list = page(get("/admin/evenemang/" + id + "/incheckning").session(organiserSession));
        assertThat(list)
                .contains("Hugo Här")
                .contains("Högskolan")
                .doesNotContain("Kajsa Kö")
                .contains("0 av 1");
        assertThat(page(get("/admin/evenemang/" + id + "/incheckning?q=kajsa").session(organiserSession)))
                .doesNotContain("Hugo Här");

        String location = mvc.perform(post("/admin/evenemang/" + id + "/incheckning/" + seatedId)
                        .param("present", "true")
                        .param("q", "hugo")
                        .session(organiserSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).isEqualTo("/admin/evenemang/" + id + "/incheckning?q=hugo#r" + seatedId);
        assertThat(attended(seatedId)).isTrue();
        assertThat(page(get("/admin/evenemang/" + id + "/incheckning").session(organiserSession)))
                .contains("1 av 1");

        // Someone in line has no seat to check in to; another event's organiser is refused.
        mvc.perform(post("/admin/evenemang/" + id + "/incheckning/" + waitingId)
                        .session(organiserSession)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        MockHttpSession other = people.signIn(people.coordinator("Fel Dörr"));
        mvc.perform(get("/admin/evenemang/" + id + "/incheckning").session(other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/evenemang/" + id + "/incheckning/" + seatedId)
                        .param("present", "false")
                        .session(other)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(attended(seatedId)).isTrue();
        assertThat(attended(waitingId)).isFalse();
    }

    private long registrationOf(long eventId, Someone someone) {
        return jdbc.sql("select id from events_registration where event_id = ? and person_id = ?")
                .params(eventId, someone.id())
                .query(Long.class)
                .single();
    }

    private boolean attended(long registrationId) {
        return jdbc.sql("select attended from events_registration where id = ?")
                .param(registrationId)
                .query(Boolean.class)
                .single();
    }

    @Test
    void coOrganisersAreStaffWhoThenManageTheEventUntilRemoved() throws Exception {
        Someone creator = people.coordinator("Cecilia Skapare");
        MockHttpSession creatorSession = people.signIn(creator);
        long id = event("Tillsammans", creator, Questions.none(), 8);
        Someone colleague = people.coordinator("Kalle Kollega");
        MockHttpSession colleagueSession = people.signIn(colleague);
        Someone member = people.member("Mats Medlem");
        mvc.perform(get("/admin/evenemang/" + id).session(colleagueSession)).andExpect(status().isForbidden());

        assertThat(refused(post("/admin/evenemang/" + id + "/arrangorer")
                        .param("email", member.email())
                        .session(creatorSession)
                        .with(csrf())))
                .contains("ingen samordnare");
        assertThat(refused(post("/admin/evenemang/" + id + "/arrangorer")
                        .param("organisationNumber", "123")
                        .session(creatorSession)
                        .with(csrf())))
                .contains("ingen organisation med det organisationsnumret");
        // Only an organiser of the event may add one: the colleague cannot add themselves.
        mvc.perform(post("/admin/evenemang/" + id + "/arrangorer")
                        .param("email", colleague.email())
                        .session(colleagueSession)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("events_organiser where event_id = " + id)).isZero();

        mvc.perform(post("/admin/evenemang/" + id + "/arrangorer")
                        .param("email", colleague.email())
                        .session(creatorSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/admin/evenemang/" + id).session(colleagueSession)))
                .contains("Kalle Kollega");

        mvc.perform(post("/admin/evenemang/" + id + "/arrangorer/" + colleague.id() + "/ta-bort")
                        .session(creatorSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/evenemang/" + id).session(colleagueSession)).andExpect(status().isForbidden());
    }

    @Test
    void theReminderHoursAreTheOrganisersOwnAndBadOnesAreNamed() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Rolf Påminnare"));
        long before = count("events_event");
        for (String bad : List.of("abc", "0", "721", "48, 24, 2, 1", "-2")) {
            assertThat(refused(eventForm(coordinator, "reminderHours", bad)))
                    .contains("högst tre heltal mellan 1 och 720");
        }
        assertThat(refused(eventForm(coordinator, "freeQuestion2", "?".repeat(201))))
                .contains("Högst 200 tecken.");
        assertThat(refused(eventForm(coordinator, "questions", "SHOE_SIZE"))).contains("Välj bland frågorna");
        assertThat(count("events_event")).isEqualTo(before);

        String location = mvc.perform(eventForm(
                        coordinator, "reminderHours", "2, 24", "questions", "DIET", "freeQuestion1", "Vilken\nfråga?"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql(
                                "select reminder_hours || '|' || asked_questions || '|' || free_questions from events_event where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("24,2|DIET|Vilken fråga?");
        assertThat(page(get("/admin/evenemang/" + id + "/redigera").session(coordinator)))
                .contains("value=\"24, 2\"")
                .contains("value=\"Vilken fråga?\"");
    }

    MockHttpServletRequestBuilder eventForm(MockHttpSession session, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "WORKSHOP");
        fields.put("title", "Workshop " + token);
        fields.put("summary", "Om frågor.");
        fields.put("challenges", "11");
        fields.put("startDate", "2027-05-20");
        fields.put("startTime", "13:00");
        fields.put("endTime", "16:00");
        fields.put("venueAddress", "Bygdegården");
        fields.put("municipality", "0604");
        fields.put("opensDate", "2026-01-01");
        fields.put("language", "sv");
        fields.put("offerHours", "48");
        return FormPosts.filledIn("/admin/evenemang/nytt", session, fields, overrides);
    }
}
