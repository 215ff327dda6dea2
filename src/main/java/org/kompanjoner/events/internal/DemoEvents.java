package org.kompanjoner.events.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.accounts.DemoPeople;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.CsvResources;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's events ({@code demo/events.csv}), placed around today: the nine dialogue meetings
 * of the year (eight held, the last one coming and full, with two in line), seminars, workshops, the
 * first facilitator training session, one event only online and one in English. Demo members are
 * registered for them, with their answers and, at those held, their attendance; the held meetings have
 * their documentation as material. Loaded when there are no events, after the demo people.
 */
@Component
class DemoEvents extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    /** What the demo events ask: organisation, sector and diet. */
    private static final Questions QUESTIONS = new Questions(
            Set.of(Questions.Question.ORGANISATION, Questions.Question.SECTOR, Questions.Question.DIET), List.of());

    private static final List<String> SECTORS = List.of("company", "public", "civil_society", "academia");

    private final Settings settings;
    private final JdbcEvents events;
    private final EventPlanning planning;
    private final Outcomes outcomes;
    private final DemoPeople demoPeople;
    private final Answers answers;
    private final Materials materials;
    private final Organisers organisers;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoEvents(
            Settings settings,
            JdbcEvents events,
            EventPlanning planning,
            Outcomes outcomes,
            DemoPeople demoPeople,
            Answers answers,
            Materials materials,
            Organisers organisers,
            Organisations organisations,
            JdbcClient jdbc,
            Clock clock,
            TransactionTemplate transactions) {
        // After the demo people (10), listings (20) and initiatives (30).
        super(40, transactions);
        this.settings = settings;
        this.events = events;
        this.planning = planning;
        this.outcomes = outcomes;
        this.demoPeople = demoPeople;
        this.answers = answers;
        this.materials = materials;
        this.organisers = organisers;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!settings.demo().enabled() || events.countAll() > 0) {
            return;
        }
        DemoPeople.Cast cast = demoPeople.cast().orElse(null);
        if (cast == null) {
            // The demo people are not there (the database was not empty): no demo events either.
            return;
        }
        long organiser = cast.coordinator();
        List<Long> members = cast.members();
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
                            EventPlan.DEFAULT_OFFER_HOURS,
                            QUESTIONS,
                            EventPlan.DEFAULT_REMINDER_HOURS,
                            false),
                    organiser);
            boolean held = end.isBefore(now);
            register(id, row, members, loaded, held);
            if (EventType.valueOf(row.get("type")) == EventType.DIALOGUE_MEETING) {
                outcome(id, row, held, loaded);
                if (held) {
                    materials(id, organiser, loaded);
                }
            }
            if (loaded == 0) {
                // The first dialogue meeting was arranged with the university and the region.
                for (String number : List.of("817770-0054", "248780-4680")) {
                    organisations.findByNumber(number).ifPresent(found -> organisers.addOrganisation(id, found.id()));
                }
            }
            loaded++;
        }
        log.info("Demo county: {} events", loaded);
    }

    /**
     * The first members get the seats, those after them wait in line in order; each answers the questions
     * with a sector. At an event already held, all but every fifth with a seat came.
     */
    private void register(long eventId, CSVRecord row, List<Long> members, int offset, boolean held) {
        int count = Integer.parseInt(row.get("registered"));
        Integer capacity = row.get("capacity").isBlank() ? null : Integer.valueOf(row.get("capacity"));
        int waiting = 0;
        for (int i = 0; i < count; i++) {
            long person = members.get((offset + i) % members.size());
            boolean seat = capacity == null || i < capacity;
            long registration = events.insertRegistration(
                    eventId,
                    person,
                    null,
                    null,
                    seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING,
                    seat ? null : ++waiting,
                    // The demo people got no mail, so their registrations have no cancellation link.
                    null);
            answers.save(
                    registration,
                    Map.of(
                            "SECTOR",
                            SECTORS.get((offset + i) % SECTORS.size()),
                            "DIET",
                            i % 4 == 0 ? "Vegetarisk" : ""));
            if (held && seat && i % 5 != 4) {
                events.markAttended(eventId, registration, true);
            }
        }
    }

    /**
     * A held meeting's documentation. Those who came were told long ago, so the demo sends no mail: the
     * meeting counts as followed up already.
     */
    private void materials(long eventId, long organiser, int number) {
        jdbc.sql("update events_event set follow_up_told_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), eventId)
                .update();
        materials.addLink(
                eventId,
                "Dokumentation från dialogmötet",
                "https://dokumentation.example.se/dialogmote-" + (number + 1),
                organiser);
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
