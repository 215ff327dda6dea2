package org.kompanjoner.programmes.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.kompanjoner.accounts.DemoPeople;
import org.kompanjoner.events.SessionPlan;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.programmes.ApplicationStatus;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's programmes: the facilitator training of the past year, five sessions with twenty
 * participants of whom eighteen came to at least four (and so completed it and hold a certificate), and
 * a programme whose intake is open now. Nobody is mailed: the demo people got no mail for any of it.
 * Loaded when there are no programmes, after the demo people and events.
 */
@Component
class DemoProgrammes extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);

    private final Settings settings;
    private final JdbcProgrammes programmes;
    private final Sessions sessions;
    private final Completion completion;
    private final DemoPeople demoPeople;
    private final Clock clock;

    DemoProgrammes(
            Settings settings,
            JdbcProgrammes programmes,
            Sessions sessions,
            Completion completion,
            DemoPeople demoPeople,
            Clock clock,
            TransactionTemplate transactions) {
        super(45, transactions);
        this.settings = settings;
        this.programmes = programmes;
        this.sessions = sessions;
        this.completion = completion;
        this.demoPeople = demoPeople;
        this.clock = clock;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!settings.demo().enabled() || programmes.countAll() > 0) {
            return;
        }
        DemoPeople.Cast cast = demoPeople.cast().orElse(null);
        if (cast == null || cast.members().size() < 20) {
            return;
        }
        long coordinator = cast.coordinator();
        List<Long> members = cast.members();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Instant now = clock.instant();
        long training = programmes.insert(
                new ProgrammePlan(
                        "Processledarutbildning i social innovation",
                        "Fem träffar under ett år för dig som vill leda samtal och processer för social innovation"
                                + " i din kommun.",
                        "Utbildningen ger metoder för att samla företag, föreningar, akademi och offentlig sektor"
                                + " kring en samhällsutmaning:\n\n- att ställa den gemensamma frågan\n- att leda"
                                + " dialogmöten\n- att följa upp och sprida det som fungerar\n\nDen som deltar i minst"
                                + " fyra av fem träffar blir processledare och finns med i processledarkatalogen.",
                        List.of("17", "11"),
                        now.minus(Duration.ofDays(400)),
                        now.minus(Duration.ofDays(330)),
                        20,
                        4,
                        true,
                        "sv"),
                coordinator);
        List<Long> trainingSessions = new ArrayList<>();
        int[] daysAgo = {300, 230, 160, 90, 20};
        for (int number = 0; number < daysAgo.length; number++) {
            long session = session(
                    "Processledarutbildningen, träff " + (number + 1), today.minusDays(daysAgo[number]), coordinator);
            programmes.addSession(training, session);
            trainingSessions.add(session);
        }
        for (int i = 0; i < 20; i++) {
            long person = members.get(i);
            long application = programmes.insertApplication(
                    training,
                    person,
                    "Jag vill leda processer för social innovation i min kommun.",
                    "",
                    null,
                    "svenska");
            programmes.decide(application, ApplicationStatus.ACCEPTED, null, coordinator);
            for (int number = 0; number < trainingSessions.size(); number++) {
                long session = trainingSessions.get(number);
                sessions.seat(session, person, false);
                // Eighteen missed at most one session; the last two came to three.
                boolean came = i < 18 ? number != i % 5 || i % 3 == 0 : number < 3;
                if (came) {
                    sessions.markPresent(session, person, true);
                }
            }
        }
        completion.weighAllQuietly(training);

        long open = programmes.insert(
                new ProgrammePlan(
                        "Social innovation i kommunen",
                        "Tre träffar för tjänstepersoner och förtroendevalda om att arbeta med social innovation"
                                + " tillsammans med civilsamhället.",
                        "Vi går igenom exempel från länet och prövar verktyg för samverkan över sektorsgränserna.",
                        List.of("16", "17"),
                        now.minus(Duration.ofDays(10)),
                        now.plus(Duration.ofDays(45)),
                        25,
                        2,
                        false,
                        "sv"),
                coordinator);
        for (int number = 1; number <= 3; number++) {
            programmes.addSession(
                    open,
                    session(
                            "Social innovation i kommunen, träff " + number,
                            today.plusDays(50L + 30L * number),
                            coordinator));
        }
        log.info("Demo county: 2 programmes");
    }

    private long session(String title, LocalDate day, long organiser) {
        Instant start = day.atTime(LocalTime.of(9, 0)).atZone(settings.zone()).toInstant();
        return sessions.schedule(
                new SessionPlan(
                        title,
                        "En träff i programmet.",
                        List.of("17"),
                        start,
                        start.plus(Duration.ofHours(6)),
                        "Science Park, Gjuterigatan 9",
                        "0680",
                        null,
                        "sv"),
                organiser);
    }
}
