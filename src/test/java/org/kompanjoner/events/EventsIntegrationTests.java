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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.events.internal.EventTimes;
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
}
