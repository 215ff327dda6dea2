package org.kompanjoner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.events.internal.EventTimes;
import org.kompanjoner.support.FormPosts;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The calendar and an event's page as visitors and members use them. */
@IntegrationTest
class EventsIntegrationTests extends SiteTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String ONLINE = "https://mote.example.se/hemligt-rum-";

    @org.springframework.test.context.DynamicPropertySource
    static void mail(org.springframework.test.context.DynamicPropertyRegistry registry) {
        org.kompanjoner.support.MailSettings.register(registry);
    }

    @Autowired
    EventPlanning planning;

    @Autowired
    Clock clock;

    final String token = Long.toString(System.nanoTime(), 36);

    long event(String title, Instant start, Integer capacity) {
        Instant now = clock.instant();
        return planning.create(
                new EventPlan(
                        EventType.WORKSHOP,
                        title + " " + token,
                        "En workshop om sociala innovationer.",
                        "**Program** med *Markdown* <script>alert(1)</script>",
                        List.of("17"),
                        start,
                        start.plus(Duration.ofHours(2)),
                        "Science Park",
                        "0680",
                        ONLINE + token,
                        capacity,
                        now.minus(Duration.ofDays(1)),
                        start.minus(Duration.ofHours(1)),
                        "sv",
                        "Hiss finns.",
                        48),
                1);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOnlineLinkIsShownOnlyToSomeoneWithASeat() throws Exception {
        long id = event("Länken", clock.instant().plus(Duration.ofDays(10)), 1);
        Someone seated = people.member("Sara Sittplats");
        Someone waiting = people.member("Vera Väntar");
        Someone other = people.member("Olle Annan");
        MockHttpSession seatedSession = people.signIn(seated);
        MockHttpSession waitingSession = people.signIn(waiting);

        mvc.perform(post("/evenemang/" + id + "/anmal").session(seatedSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/evenemang/" + id + "/anmal").session(waitingSession).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/evenemang/" + id).session(seatedSession)))
                .contains(ONLINE + token)
                .contains("Du är anmäld och har en plats");
        assertThat(page(get("/evenemang/" + id).session(waitingSession)))
                .doesNotContain(ONLINE + token)
                .contains("Du står i kö, plats 1");
        assertThat(page(get("/evenemang/" + id).session(people.signIn(other)))).doesNotContain(ONLINE + token);
        assertThat(page(get("/evenemang/" + id)))
                .doesNotContain(ONLINE + token)
                .doesNotContain("<script>alert(1)</script>")
                .contains("<strong>Program</strong>");
        assertThat(page(get("/evenemang/" + id + ".ics"))).doesNotContain(ONLINE + token);

        // The seated one cancels: the first in line is offered the seat and takes it.
        mvc.perform(post("/evenemang/" + id + "/avboka").session(seatedSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/evenemang/" + id).session(waitingSession))).contains("reserverad för dig");
        mvc.perform(post("/evenemang/" + id + "/ta-platsen")
                        .session(waitingSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/evenemang/" + id).session(waitingSession))).contains(ONLINE + token);
        assertThat(page(get("/mina-evenemang").session(waitingSession))).contains("Länken " + token);
    }

    @Test
    void registeringNeedsASignedInMemberAndAFormToken() throws Exception {
        long id = event("Inloggad", clock.instant().plus(Duration.ofDays(10)), 10);
        mvc.perform(post("/evenemang/" + id + "/anmal").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/evenemang/" + id + "/anmal").session(people.signIn(people.member("Utan Token"))))
                .andExpect(status().isForbidden());
        assertThat(count("events_registration where event_id = " + id)).isZero();
    }

    @Test
    void timesOnTheSundaysTheClocksChangeAreRightOnThePageAndInTheCalendarFile() throws Exception {
        // 2027-03-28 and 2027-10-31 are the last Sundays of March and October.
        for (String local : List.of("2027-03-28T10:00", "2027-10-31T10:00")) {
            Instant start = EventTimes.at(LocalDateTime.parse(local), STOCKHOLM);
            long id = event("Klockan", start, null);
            assertThat(page(get("/evenemang/" + id))).contains(local.replace('T', ' ') + "–12:00");
            String ics = page(get("/evenemang/" + id + ".ics"));
            assertThat(ics).contains("TZID=Europe/Stockholm").contains("BEGIN:VTIMEZONE");
            ICalendar calendar = Biweekly.parse(ics).first();
            VEvent entry = calendar.getEvents().get(0);
            assertThat(entry.getDateStart().getValue().toInstant()).isEqualTo(start);
            assertThat(entry.getUid().getValue()).isEqualTo("event-" + id + "@localhost");
        }
    }

    @Test
    void theCalendarListsUpcomingAndPastEventsAndTakesFilters() throws Exception {
        long soon = event("Kommande", clock.instant().plus(Duration.ofDays(3)), null);
        assertThat(page(get("/evenemang"))).contains("Kommande " + token);
        assertThat(page(get("/events?type=WORKSHOP&mode=ONLINE&language=sv&challenge=17")))
                .contains("Kommande " + token);
        assertThat(page(get("/evenemang?type=SEMINAR"))).doesNotContain("Kommande " + token);
        // Unknown values are dropped, not errors.
        assertThat(page(get("/evenemang?type=<script>&municipality=x&mode=1"))).contains("Kommande " + token);
        mvc.perform(get("/evenemang/" + (soon + 100000))).andExpect(status().isNotFound());
    }

    MockHttpServletRequestBuilder newEvent(MockHttpSession session, String... overrides) {
        return eventForm("/admin/evenemang/nytt", session, overrides);
    }

    /** The organisers' event form sent to {@code path}, filled in, with some fields as {@code overrides} say. */
    MockHttpServletRequestBuilder eventForm(String path, MockHttpSession session, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "DIALOGUE_MEETING");
        fields.put("title", "Dialogmöte om boende " + token);
        fields.put("summary", "Om boende i mindre orter.");
        fields.put("programme", "Program");
        fields.put("challenges", "11");
        fields.put("startDate", "2027-05-20");
        fields.put("startTime", "13:00");
        fields.put("endTime", "16:00");
        fields.put("venueAddress", "Bygdegården");
        fields.put("municipality", "0604");
        fields.put("capacity", "2");
        fields.put("opensDate", "2026-01-01");
        fields.put("language", "sv");
        fields.put("offerHours", "48");
        return FormPosts.filledIn(path, session, fields, overrides);
    }

    @Test
    void aCoordinatorCreatesAnEventAndBadInputIsNamedByFieldAndStoresNothing() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Cilla Arrangör"));
        long before = count("events_event");
        String[][] bad = {
            {"endTime", "12:00", "Evenemanget måste sluta efter att det har börjat."},
            {"capacity", "0", "Antalet platser måste vara minst 1"},
            {"capacity", "-3", "Antalet platser måste vara minst 1"},
            {"closesDate", "2025-12-01", "Anmälan måste stänga efter att den har öppnat."},
            {"closesDate", "2027-06-01", "Anmälan måste stänga senast när evenemanget slutar."},
            {"startDate", "2027-03-28", null},
            {"onlineLink", "javascript:alert(1)", "Skriv en fullständig länk som börjar med https://."},
            {"challenges", "99", "Välj samhällsutmaningar i listan."},
            {"title", "", "Skriv en rubrik."},
        };
        for (String[] problem : bad) {
            // 02:30 does not exist on the last Sunday of March.
            MockHttpServletRequestBuilder request = problem[0].equals("startDate")
                    ? newEvent(coordinator, problem[0], problem[1], "startTime", "02:30")
                    : newEvent(coordinator, problem[0], problem[1]);
            String page = mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains(problem[2] == null ? "finns inte den dagen" : problem[2]);
        }
        // An empty form, as a robot sends it, is named field by field too.
        mvc.perform(post("/admin/evenemang/nytt").session(coordinator).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(count("events_event")).isEqualTo(before);

        String location = mvc.perform(newEvent(coordinator))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/admin/evenemang/");
        assertThat(page(get("/evenemang?type=DIALOGUE_MEETING"))).contains("Dialogmöte om boende " + token);
        assertThat(page(get(location).session(coordinator))).contains("Ingen har anmält sig än.");
    }

    @Test
    void participantsAreSeenOnlyByTheEventsOrganisersWhoMarkWhoCame() throws Exception {
        Someone organiser = people.coordinator("Olga Organisatör");
        MockHttpSession organiserSession = people.signIn(organiser);
        String location = mvc.perform(newEvent(organiserSession, "startDate", "2027-06-20"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Someone participant = people.member("Petra Deltagare");
        mvc.perform(post("/evenemang/" + id + "/anmal")
                        .session(people.signIn(participant))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get(location).session(organiserSession)))
                .contains("Petra Deltagare")
                .contains(participant.email());
        assertThat(page(get(location + "/deltagare.csv").session(organiserSession)))
                .contains("Petra Deltagare");
        // Another event's organiser, a member and a visitor are all kept out.
        MockHttpSession otherOrganiser = people.signIn(people.coordinator("Annan Arrangör"));
        for (MockHttpServletRequestBuilder attempt : List.of(
                get(location).session(otherOrganiser),
                get(location + "/deltagare.csv").session(otherOrganiser),
                post(location + "/narvaro").session(otherOrganiser).with(csrf()),
                post(location + "/stall-in").session(otherOrganiser).with(csrf()),
                get(location).session(people.signIn(people.member("Nyfiken Medlem"))))) {
            mvc.perform(attempt).andExpect(status().isForbidden());
        }
        mvc.perform(get(location)).andExpect(status().is3xxRedirection());
        assertThat(page(get("/evenemang/" + id).session(otherOrganiser))).doesNotContain("Petra Deltagare");

        long registration = jdbc.sql("select id from events_registration where event_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(post(location + "/narvaro")
                        .param("present", String.valueOf(registration))
                        .session(organiserSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select attended from events_registration where id = ?")
                        .param(registration)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theSeatsMailCarriesTheEventAsACalendarFileAndALinkThatCancelsOnlyWhenConfirmed() throws Exception {
        long id = event("Posten", clock.instant().plus(Duration.ofDays(10)), 1);
        Someone seated = people.member("Maja Mejl");
        Someone waiting = people.member("Kim Kö");
        mvc.perform(post("/evenemang/" + id + "/anmal")
                        .session(people.signIn(seated))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/evenemang/" + id + "/anmal")
                        .session(people.signIn(waiting))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        jakarta.mail.internet.MimeMessage mail = org.kompanjoner.support.TestMailServer.awaitMail(seated.email(), 1);
        assertThat(org.kompanjoner.support.TestMailServer.subject(mail)).isEqualTo("Du är anmäld: Posten " + token);
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        String calendarFile = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("evenemang-%d.ics".formatted(id).equals(parts.getBodyPart(i).getFileName())) {
                calendarFile = new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(calendarFile).isNotNull();
        assertThat(Biweekly.parse(calendarFile)
                        .first()
                        .getEvents()
                        .get(0)
                        .getSummary()
                        .getValue())
                .isEqualTo("Posten " + token);
        assertThat(org.kompanjoner.support.TestMailServer.subject(
                        org.kompanjoner.support.TestMailServer.awaitMail(waiting.email(), 1)))
                .isEqualTo("Du står i kö: Posten " + token);

        String cancel = org.kompanjoner.support.TestMailServer.pathOf(
                org.kompanjoner.support.TestMailServer.link(mail, "/evenemang/avboka/"));
        // A scanner that follows the link cancels nothing.
        assertThat(page(get(cancel))).contains("Vill du avboka din anmälan?");
        assertThat(page(get(cancel))).contains("Vill du avboka din anmälan?");
        assertThat(jdbc.sql("select count(*) from events_registration where event_id = ? and status = 'CONFIRMED'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post(cancel).with(csrf())).andExpect(status().is3xxRedirection());
        // The first in line is offered the seat by mail; the link has done its work.
        assertThat(org.kompanjoner.support.TestMailServer.subject(
                        org.kompanjoner.support.TestMailServer.awaitMail(waiting.email(), 2)))
                .isEqualTo("En plats har blivit ledig: Posten " + token);
        assertThat(page(get(cancel))).contains("Anmälan är redan avbokad.");
        mvc.perform(post(cancel).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evenemang/avboka/inte-en-riktig-nyckel")).andExpect(status().isNotFound());
    }

    @Test
    void aGuestRegistersByConfirmingTheirAddressFromTheMailedLink() throws Exception {
        long id = event("Gästen", clock.instant().plus(Duration.ofDays(10)), 5);
        String guest = org.kompanjoner.support.TestPeople.uniqueEmail("gast");
        assertThat(page(get("/evenemang/" + id))).contains("Anmäl dig utan konto");
        assertThat(page(get("/evenemang/" + id + "/gast"))).contains("Anmäl dig utan konto");

        mvc.perform(post("/evenemang/" + id + "/gast")
                        .param("name", "Greta Gäst")
                        .param("email", "inte-en-adress")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Skriv en e-postadress i rätt format")));
        // A robot that fills the hidden field is answered like anyone, and nothing is stored.
        mvc.perform(post("/evenemang/" + id + "/gast")
                        .param("name", "Robot")
                        .param("email", "robot@example.se")
                        .param("homepage", "https://spam.example")
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(count("events_registration where event_id = " + id)).isZero();

        mvc.perform(post("/evenemang/" + id + "/gast")
                        .param("name", "Greta Gäst")
                        .param("email", guest)
                        .with(csrf())
                        .with(org.kompanjoner.support.TestPeople.freshAddress()))
                .andExpect(status().isOk());
        jakarta.mail.internet.MimeMessage first = org.kompanjoner.support.TestMailServer.awaitMail(guest, 1);
        assertThat(org.kompanjoner.support.TestMailServer.subject(first))
                .isEqualTo("Bekräfta din anmälan: Gästen " + token);
        String confirm = org.kompanjoner.support.TestMailServer.pathOf(
                org.kompanjoner.support.TestMailServer.link(first, "/evenemang/bekrafta/"));
        // Opening the link only asks: a scanner confirms nothing.
        assertThat(page(get(confirm))).contains("Bekräfta anmälan");
        assertThat(jdbc.sql("select address_confirmed from events_registration where guest_email = ?")
                        .param(guest)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        mvc.perform(post(confirm).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from events_registration where guest_email = ?")
                        .param(guest)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");
        assertThat(org.kompanjoner.support.TestMailServer.subject(
                        org.kompanjoner.support.TestMailServer.awaitMail(guest, 2)))
                .isEqualTo("Du är anmäld: Gästen " + token);
        // The confirmation link has done its work.
        mvc.perform(get(confirm)).andExpect(status().isNotFound());
    }

    @Test
    void theOrganiserPublishesNotesNextStepsAndTheSectorMixWhichThePageShowsInAggregate() throws Exception {
        MockHttpSession organiser = people.signIn(people.coordinator("Rut Resultat"));
        String location = mvc.perform(newEvent(organiser, "startDate", "2027-04-15", "capacity", ""))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Someone participant = people.member("Pelle Deltog");
        mvc.perform(post("/evenemang/" + id + "/anmal")
                        .session(people.signIn(participant))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(location + "/resultat")
                        .param("challengeQuestion", "Hur kan fler bo kvar på landsbygden?")
                        .param("sector-company", "fyra")
                        .session(organiser)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(location + "/resultat")
                        .param("notes", "x")
                        .session(people.signIn(people.coordinator("Annan Samordnare")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("events_outcome where event_id = " + id)).isZero();

        mvc.perform(post(location + "/resultat")
                        .param("challengeQuestion", "Hur kan fler bo kvar på landsbygden?")
                        .param("notes", "Vi talade om **bostäder** och <script>alert(1)</script> pendling.")
                        .param("nextSteps", "Kommunerna bjuder in till en workshop.")
                        .param("sector-company", "4")
                        .param("sector-public", "3")
                        .session(organiser)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = page(get("/evenemang/" + id));
        assertThat(page)
                .contains("Hur kan fler bo kvar på landsbygden?")
                .contains("<strong>bostäder</strong>")
                .doesNotContain("<script>alert(1)</script>")
                .contains("Kommunerna bjuder in till en workshop.")
                .contains("Deltagare per sektor (7 totalt)")
                .doesNotContain("Pelle Deltog");
        assertThat(org.kompanjoner.support.TestMailServer.subject(
                        org.kompanjoner.support.TestMailServer.awaitMail(participant.email(), 2)))
                .isEqualTo("Material och resultat är publicerade: Dialogmöte om boende " + token);
    }

    @Autowired
    org.kompanjoner.events.internal.ReminderJob reminders;

    @Test
    void thoseWithASeatAreRemindedTwoDaysAndTwoHoursBeforeEachOnce() throws Exception {
        long id = event("Påminnelsen", clock.instant().plus(Duration.ofHours(47)), 5);
        Someone seated = people.member("Rita Påmind");
        mvc.perform(post("/evenemang/" + id + "/anmal")
                        .session(people.signIn(seated))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        org.kompanjoner.support.TestMailServer.awaitMail(seated.email(), 1);

        reminders.remindDue();
        reminders.remindDue();
        assertThat(org.kompanjoner.support.TestMailServer.subject(
                        org.kompanjoner.support.TestMailServer.awaitMail(seated.email(), 2)))
                .isEqualTo("Påminnelse: Påminnelsen " + token);
        try {
            ((org.kompanjoner.support.TestClock) clock).advance(Duration.ofHours(46));
            reminders.remindDue();
            org.kompanjoner.support.TestMailServer.awaitMail(seated.email(), 3);
            reminders.remindDue();
            Thread.sleep(500);
            assertThat(org.kompanjoner.support.TestMailServer.to(seated.email()))
                    .hasSize(3);
        } finally {
            ((org.kompanjoner.support.TestClock) clock).reset();
        }
    }

    @Test
    void theCalendarIsASubscribableICalendarFeedAndAnAtomFeedWithTheFilters() throws Exception {
        long id = event("Flödet <b>&", clock.instant().plus(Duration.ofDays(5)), null);
        String ics = page(get("/evenemang.ics?type=WORKSHOP&language=sv"));
        assertThat(Biweekly.parse(ics).first().getEvents())
                .anySatisfy(entry -> assertThat(entry.getUid().getValue()).isEqualTo("event-" + id + "@localhost"));
        assertThat(page(get("/evenemang.ics?type=SEMINAR"))).doesNotContain("event-" + id + "@");
        String atom = page(get("/evenemang.atom?type=WORKSHOP"));
        assertThat(atom)
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("Flödet &lt;b&gt;&amp; " + token)
                .contains("/evenemang/" + id);
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        assertThat(page(get("/evenemang?type=WORKSHOP"))).contains("/evenemang.ics?type=WORKSHOP");
    }

    @Test
    void anOrganisersChangeOfTimeIsMailedToEveryoneAndMoreSeatsGoToTheFirstInLine() throws Exception {
        MockHttpSession organiser = people.signIn(people.coordinator("Ändra Arrangör"));
        String location = mvc.perform(newEvent(organiser, "startDate", "2027-06-10", "capacity", "1"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Someone seated = people.member("Sigge Plats");
        Someone waiting = people.member("Vilma Väntan");
        mvc.perform(post("/evenemang/" + id + "/anmal")
                .session(people.signIn(seated))
                .with(csrf()));
        mvc.perform(post("/evenemang/" + id + "/anmal")
                .session(people.signIn(waiting))
                .with(csrf()));
        assertThat(page(get(location + "/redigera").session(organiser))).contains("value=\"2027-06-10\"");

        mvc.perform(post(location + "/redigera")
                        .session(people.signIn(people.coordinator("Obehörig Arrangör")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(newEvent(organiser, "startDate", "2027-06-10", "capacity", "0")
                        .with(request -> {
                            request.setRequestURI(location + "/redigera");
                            return request;
                        }))
                .andExpect(status().isBadRequest());

        MockHttpServletRequestBuilder moved =
                post(location + "/redigera").session(organiser).with(csrf());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        newEvent(organiser, "startDate", "2027-06-11", "capacity", "2")
                .buildRequest(new org.springframework.mock.web.MockServletContext())
                .getParameterMap()
                .forEach((name, values) -> fields.put(name, values[0]));
        fields.forEach(moved::param);
        mvc.perform(moved).andExpect(status().is3xxRedirection());

        assertThat(org.kompanjoner.support.TestMailServer.subject(
                        org.kompanjoner.support.TestMailServer.awaitMail(seated.email(), 2)))
                .isEqualTo("Ändrat: Dialogmöte om boende " + token);
        assertThat(jdbc.sql("select status from events_registration where event_id = ? and person_id = ?")
                        .params(id, waiting.id())
                        .query(String.class)
                        .single())
                .isEqualTo("OFFERED");
        assertThat(page(get("/evenemang/" + id))).contains("2027-06-11 13:00–16:00");
    }

    @Test
    void whenRegistrationClosesThoseStillInLineAreToldOnce() throws Exception {
        long id = event("Kön", clock.instant().plus(Duration.ofDays(3)), 1);
        Someone seated = people.member("Sam Sittande");
        Someone waiting = people.member("Ville Kö");
        mvc.perform(post("/evenemang/" + id + "/anmal")
                .session(people.signIn(seated))
                .with(csrf()));
        mvc.perform(post("/evenemang/" + id + "/anmal")
                .session(people.signIn(waiting))
                .with(csrf()));
        org.kompanjoner.support.TestMailServer.awaitMail(waiting.email(), 1);
        try {
            // Registration closes an hour before the start.
            ((org.kompanjoner.support.TestClock) clock)
                    .advance(Duration.ofDays(3).minusMinutes(30));
            reminders.tellLinesOfClosedRegistrations();
            reminders.tellLinesOfClosedRegistrations();
            assertThat(org.kompanjoner.support.TestMailServer.subject(
                            org.kompanjoner.support.TestMailServer.awaitMail(waiting.email(), 2)))
                    .isEqualTo("Anmälan har stängt: Kön " + token);
            Thread.sleep(500);
            assertThat(org.kompanjoner.support.TestMailServer.to(waiting.email()))
                    .hasSize(2);
            assertThat(org.kompanjoner.support.TestMailServer.to(seated.email()))
                    .noneMatch(mail ->
                            org.kompanjoner.support.TestMailServer.subject(mail).startsWith("Anmälan har stängt"));
        } finally {
            ((org.kompanjoner.support.TestClock) clock).reset();
        }
    }
}
