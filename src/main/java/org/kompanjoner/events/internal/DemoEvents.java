package org.kompanjoner.events.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.CsvResources;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's events ({@code demo/events.csv}), placed around today: the nine dialogue meetings
 * of the year (eight held, the last one coming and full, with two in line), seminars, workshops, the
 * first facilitator training session, one event only online and one in English. Demo members are
 * registered for them. Loaded when there are no events, after the demo people.
 */
@Component
class DemoEvents extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final Settings settings;
    private final JdbcEvents events;
    private final EventPlanning planning;
    private final Outcomes outcomes;
    private final People people;
    private final Clock clock;

    DemoEvents(
            Settings settings,
            JdbcEvents events,
            EventPlanning planning,
            Outcomes outcomes,
            People people,
            Clock clock,
            TransactionTemplate transactions) {
        // After the demo people (10), listings (20) and initiatives (30).
        super(40, transactions);
        this.settings = settings;
        this.events = events;
        this.planning = planning;
        this.outcomes = outcomes;
        this.people = people;
        this.clock = clock;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!settings.demo().enabled() || events.countAll() > 0) {
            return;
        }
        List<Long> members = new ArrayList<>();
        Long organiser = null;
        for (CSVRecord person : CsvResources.read("demo/people.csv")) {
            PersonSummary found = people.findByEmail(person.get("email")).orElse(null);
            if (found == null) {
                // The demo people are not there (the database was not empty): no demo events either.
                return;
            }
            if (person.get("role").equals("coordinator") && organiser == null) {
                organiser = found.id();
            } else if (person.get("role").equals("member")) {
                members.add(found.id());
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Instant now = clock.instant();
        int loaded = 0;
        for (CSVRecord row : CsvResources.read("demo/events.csv")) {
            Instant start = EventTimes.at(
                    today.plusDays(Long.parseLong(row.get("days_from_now"))).atTime(LocalTime.parse(row.get("start"))),
                    settings.zone());
            Instant end = start.plus(Duration.ofHours(Long.parseLong(row.get("hours"))));
            Instant opens = start.isAfter(now) ? now.minus(Duration.ofDays(7)) : start.minus(Duration.ofDays(30));
            long id = planning.create(
                    new EventPlan(
                            EventType.valueOf(row.get("type")),
                            row.get("title"),
                            row.get("summary"),
                            programme(row),
                            Arrays.asList(row.get("challenges").split(";")),
                            start,
                            end,
                            blankToNull(row.get("venue")),
                            blankToNull(row.get("municipality")),
                            blankToNull(row.get("online")),
                            row.get("capacity").isBlank() ? null : Integer.valueOf(row.get("capacity")),
                            opens,
                            start.minus(Duration.ofHours(2)),
                            row.get("language"),
                            accessibility(row),
                            EventPlan.DEFAULT_OFFER_HOURS),
                    organiser);
            register(id, row, members, loaded);
            if (EventType.valueOf(row.get("type")) == EventType.DIALOGUE_MEETING) {
                outcome(id, row, end.isBefore(now), loaded);
            }
            loaded++;
        }
        log.info("Demo county: {} events", loaded);
    }

    /** The first members get the seats, those after them wait in line in order. */
    private void register(long eventId, CSVRecord row, List<Long> members, int offset) {
        int count = Integer.parseInt(row.get("registered"));
        Integer capacity = row.get("capacity").isBlank() ? null : Integer.valueOf(row.get("capacity"));
        int waiting = 0;
        for (int i = 0; i < count; i++) {
            long person = members.get((offset + i) % members.size());
            boolean seat = capacity == null || i < capacity;
            events.insertRegistration(
                    eventId,
                    person,
                    null,
                    null,
                    seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING,
                    seat ? null : ++waiting,
                    // The demo people got no mail, so their registrations have no cancellation link.
                    null);
        }
    }

    /** Each dialogue meeting's question; those held also their notes, next steps and sector mix. */
    private void outcome(long eventId, CSVRecord row, boolean held, int number) {
        String topic = row.get("title").replaceFirst("^Dialogmöte \\d+: ", "");
        String question = "Vad kan vi göra tillsammans, över sektorsgränserna, för " + topic.toLowerCase() + "?";
        if (!held) {
            outcomes.saveQuietly(eventId, question, "", "", Map.<String, Integer>of());
            return;
        }
        outcomes.saveQuietly(
                eventId,
                question,
                "Deltagarna beskrev läget i sina verksamheter och vad som redan görs i länet. Samtalet i grupper"
                        + " lyfte tre behov:\n\n- en gemensam bild av vilka som berörs\n- någon som håller ihop"
                        + " arbetet mellan mötena\n- små försök som kan prövas redan i år",
                "- Kommunerna och föreningarna träffas igen om tre månader\n- En arbetsgrupp tar fram ett förslag"
                        + " till pilot\n- Förslaget läggs upp som en annons på plattformen",
                Map.of(
                        "company", 3 + number % 4,
                        "public", 4 + number % 3,
                        "civil_society", 3 + number % 5,
                        "academia", 1 + number % 2));
    }

    private static String accessibility(CSVRecord row) {
        if (row.get("venue").isBlank()) {
            return "";
        }
        return row.get("language").equals("en")
                ? "The venue has a lift, a hearing loop and an accessible toilet."
                : "Lokalen har hiss, hörslinga och tillgänglig toalett.";
    }

    private static String programme(CSVRecord row) {
        return "**" + row.get("start") + "** Välkommen och inledning\n\n"
                + "**Därefter** " + row.get("summary") + "\n\n"
                + "**Sist** Sammanfattning och nästa steg";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
