package org.kompanjoner.knowledge.talks;

import java.time.Clock;
import java.time.LocalDate;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's inbox: three invitations to talk (one new, one planned, one done) and one report of
 * an accessibility problem, as a coordinator meets them. Nobody is mailed.
 */
@Component
class DemoTalks extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoTalks.class);

    private final Settings settings;
    private final TalkRequests requests;
    private final AccessibilityReports reports;
    private final Clock clock;

    DemoTalks(
            Settings settings,
            TalkRequests requests,
            AccessibilityReports reports,
            Clock clock,
            TransactionTemplate transactions) {
        super(61, transactions);
        this.settings = settings;
        this.requests = requests;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    protected void beforeOpening() {
        if (!settings.demo().enabled() || requests.countAll() > 0 || reports.countAll() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        requests.insert(
                new TalkForm(
                        "Maria Holm",
                        "maria.holm@demo.kompanjoner.se",
                        "",
                        "Gislaveds folkhögskola",
                        "0662",
                        "Aulan",
                        today.plusWeeks(6).toString(),
                        today.plusWeeks(8).toString(),
                        "60",
                        "Hur kan våra deltagare starta sociala företag efter kursen?",
                        "sv",
                        ""),
                "sv");
        long planned = requests.insert(
                new TalkForm(
                        "Ahmed Yusuf",
                        "ahmed.yusuf@demo.kompanjoner.se",
                        "070-123 45 67",
                        "Somaliska föreningen i Jönköping",
                        "0680",
                        "Föreningslokalen på Öster",
                        today.plusWeeks(3).toString(),
                        "",
                        "25",
                        "Vad är ett kooperativ, och hur får man stöd att starta ett?",
                        "ar",
                        ""),
                "sv");
        requests.move(planned, TalkStatus.NEW, TalkStatus.PLANNED);
        long done = requests.insert(
                new TalkForm(
                        "Eva Lind",
                        "eva.lind@demo.kompanjoner.se",
                        "",
                        "Tranås kommun",
                        "0687",
                        "Stadshuset",
                        today.plusDays(1).toString(),
                        "",
                        "40",
                        "Hur kan kommunen samverka med civilsamhället kring integration?",
                        "sv",
                        ""),
                "sv");
        requests.move(done, TalkStatus.NEW, TalkStatus.DONE);
        reports.insert(
                new ReportForm(
                        "/evenemang",
                        "Kalendern är svår att läsa med skärmläsare: datumen läses upp som siffror.",
                        "",
                        ""),
                "sv");
        log.info("Demo county: 3 invitations to talk and 1 accessibility report");
    }
}
