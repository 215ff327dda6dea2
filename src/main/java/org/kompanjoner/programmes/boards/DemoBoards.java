package org.kompanjoner.programmes.boards;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.kompanjoner.accounts.DemoPeople;
import org.kompanjoner.accounts.People;
import org.kompanjoner.events.SessionPlan;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's social business boards: twelve members (the 19th to the 30th) volunteer as advisers
 * across the four sectors, and three cases show the states a case goes through: one new, one whose panel
 * is seated and whose meeting is in two weeks, and one advised four months ago whose three-month
 * follow-up is answered and which is published as a story with the entrepreneur's consent. Loaded when
 * there are no cases, after the demo people and events; nobody is mailed.
 */
@Component
class DemoBoards extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoBoards.class);

    static final int FIRST_ADVISER = 18;
    static final int ADVISERS = 12;

    private static final List<String> SECTORS = List.of("company", "public", "civil_society", "academia");
    private static final List<String> ABOUT = List.of(
            "Har drivit eget företag i tjugo år och sitter i två styrelser.",
            "Arbetar med näringslivsfrågor i kommunen och känner upphandlingen inifrån.",
            "Verksamhetsledare i en förening som driver arbetsintegrerande verksamhet.",
            "Forskar om socialt entreprenörskap och affärsmodeller.");
    private static final List<String> ENTREPRENEURS = List.of(
            "sofia.nyberg@demo.kompanjoner.se",
            "hanna.gustafsson@demo.kompanjoner.se",
            "dawit.tesfaye@demo.kompanjoner.se");

    private final Settings settings;
    private final People people;
    private final DemoPeople demoPeople;
    private final Advisers advisers;
    private final BoardCases cases;
    private final BoardDesk desk;
    private final Sessions sessions;
    private final Clock clock;

    DemoBoards(
            Settings settings,
            People people,
            DemoPeople demoPeople,
            Advisers advisers,
            BoardCases cases,
            BoardDesk desk,
            Sessions sessions,
            Clock clock,
            TransactionTemplate transactions) {
        // After the demo people (10), events (40), programmes (45) and facilitators (50).
        super(55, transactions);
        this.settings = settings;
        this.people = people;
        this.demoPeople = demoPeople;
        this.advisers = advisers;
        this.cases = cases;
        this.desk = desk;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!settings.demo().enabled() || cases.countAll() > 0 || advisers.countAll() > 0) {
            return;
        }
        DemoPeople.Cast cast = demoPeople.cast().orElse(null);
        if (cast == null) {
            // The demo people are not there (the database was not empty): no demo boards either.
            return;
        }
        long coordinator = cast.coordinator();
        List<Long> members = cast.members();
        List<Long> entrepreneurs = new ArrayList<>();
        for (String email : ENTREPRENEURS) {
            people.findByEmail(email).ifPresent(person -> entrepreneurs.add(person.id()));
        }
        if (members.size() < FIRST_ADVISER + ADVISERS || entrepreneurs.size() < 3) {
            return;
        }
        List<Long> volunteers = members.subList(FIRST_ADVISER, FIRST_ADVISER + ADVISERS);
        for (int i = 0; i < volunteers.size(); i++) {
            List<String> sectors = new ArrayList<>(List.of(SECTORS.get(i % 4)));
            if (i % 3 == 0) {
                sectors.add(SECTORS.get((i + 1) % 4));
            }
            advisers.volunteer(volunteers.get(i), new AdviserForm(sectors, ABOUT.get(i % 4)));
        }
        Instant now = clock.instant();

        cases.insert(
                entrepreneurs.get(0),
                new CaseForm(
                        "Tranås Textilåtervinning",
                        "Vi tar emot mer textil än vi hinner sortera, och sorteringen är vårt dyraste led.",
                        "Hur kan vi få kommunen att köpa sortering som en tjänst, i stället för att ge bidrag?",
                        "Vi har sökt projektmedel två gånger och fått avslag.",
                        "Kontakter i offentlig sektor och hjälp med en affärsmodell."),
                now.minus(Duration.ofDays(3)));

        long seated = cases.insert(
                entrepreneurs.get(1),
                new CaseForm(
                        "Småländsk Maträddning",
                        "Vi räddar mat från butiker och lagar luncher, men lokalen räcker inte till.",
                        "Ska vi växa med en egen lokal eller samarbeta med ett skolkök?",
                        "Vi har räknat på en egen lokal och pratat med en fastighetsägare.",
                        "Råd om lokaler, ekonomi och samarbete med kommunen."),
                now.minus(Duration.ofDays(20)));
        for (int i = 0; i < 3; i++) {
            cases.seat(seated, volunteers.get(i));
        }
        cases.move(seated, CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW);
        cases.move(seated, CaseStatus.IN_REVIEW, CaseStatus.PANEL_SEATED);
        long meeting = meeting(seated, "Småländsk Maträddning", 14, coordinator);
        cases.meetingScheduled(seated, meeting);

        long advised = cases.insert(
                entrepreneurs.get(2),
                new CaseForm(
                        "Rosenlunds Kafferosteri",
                        "Vi anställer personer som stått långt från arbetsmarknaden, men lönsamheten är svag.",
                        "Hur kan vi sälja mer till företag utan att tappa det sociala uppdraget?",
                        "Vi har provat prenumerationer för privatpersoner.",
                        "Hjälp att hitta företagskunder och prissätta."),
                now.minus(Duration.ofDays(150)));
        for (int i = 3; i < 7; i++) {
            cases.seat(advised, volunteers.get(i));
        }
        cases.move(advised, CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW);
        cases.move(advised, CaseStatus.IN_REVIEW, CaseStatus.PANEL_SEATED);
        cases.meetingScheduled(advised, meeting(advised, "Rosenlunds Kafferosteri", -125, coordinator));
        Instant advisedAt = now.minus(Duration.ofDays(124));
        cases.advised(
                advised,
                "Sälj kaffe till företagens personalrum som en del av deras hållbarhetsarbete, och berätta om"
                        + " de anställda. Höj priset något: kunderna betalar för det sociala värdet.",
                "1. Ta fram ett erbjudande till företag (Dawit, inom en månad).\n2. Kontakta tre företag som"
                        + " panelen föreslog.\n3. Ses igen om ett halvår.",
                advisedAt);
        desk.planFollowUps(advised, advisedAt);
        FollowUp first = cases.followUps(advised).get(0);
        cases.claimFollowUp(first.id(), SecretToken.generate().hash(), first.dueAt());
        cases.answer(
                first.id(),
                "Bra! Vi har fått två företag som fasta kunder och kunnat anställa en person till.",
                "Erbjudandet är klart och två av tre företag har sagt ja.",
                5,
                first.dueAt().plus(Duration.ofDays(2)));
        cases.move(advised, CaseStatus.ADVISED, CaseStatus.FOLLOWED_UP);
        cases.consent(advised, true);
        cases.publishStory(
                advised,
                "Kafferosteriet som hittade företagskunderna",
                "Rosenlunds Kafferosteri anställer personer som stått långt från arbetsmarknaden. En social"
                        + " företagsstyrelse med rådgivare från **företag, kommun, civilsamhälle och akademi** hjälpte"
                        + " rosteriet att sälja till företag.\n\nTre månader senare hade rosteriet två nya fasta kunder"
                        + " och en anställd till.");
        log.info("Demo county: {} board advisers and 3 board cases", volunteers.size());
    }

    private long meeting(long caseId, String organisation, int inDays, long organiser) {
        LocalDate day = LocalDate.now(clock.withZone(settings.zone())).plusDays(inDays);
        Instant start = day.atTime(LocalTime.of(13, 0)).atZone(settings.zone()).toInstant();
        long eventId = sessions.schedule(
                new SessionPlan(
                        "Social företagsstyrelse: " + organisation,
                        "Ett möte i en social företagsstyrelse, för panelen och entreprenören.",
                        BoardDesk.MEETING_CHALLENGES,
                        start,
                        start.plus(Duration.ofHours(3)),
                        "Science Park, Gjuterigatan 9",
                        "0680",
                        null,
                        "sv"),
                organiser);
        BoardCase boardCase = cases.byId(caseId).orElseThrow();
        sessions.seat(eventId, boardCase.entrepreneurId(), false);
        for (long adviser : cases.panel(caseId)) {
            sessions.seat(eventId, adviser, false);
        }
        return eventId;
    }
}
