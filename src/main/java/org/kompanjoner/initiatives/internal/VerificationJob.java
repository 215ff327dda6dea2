package org.kompanjoner.initiatives.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, on one node at a time: the owners of published entries that nobody has verified for
 * twelve months are asked by mail (and a notice) to check them, at most once a month per entry. The
 * same entries are listed for coordinators on their page.
 */
@Component
public class VerificationJob {

    public static final int MONTHS_UNTIL_DUE = 12;
    static final int MONTHS_BETWEEN_REMINDERS = 1;

    private static final Logger log = LoggerFactory.getLogger(VerificationJob.class);

    private final JdbcInitiatives initiatives;
    private final OwnerMessages owners;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VerificationJob(JdbcInitiatives initiatives, OwnerMessages owners, TransactionTemplate transactions, Clock clock) {
        this.initiatives = initiatives;
        this.owners = owners;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The day before which an entry's last verification makes it due again. */
    public static LocalDate dueBefore(LocalDate today) {
        return today.minusMonths(MONTHS_UNTIL_DUE);
    }

    @Scheduled(cron = "${kompanjoner.initiatives.reminder-cron:0 20 6 * * *}")
    @SchedulerLock(name = "initiatives-verification-reminders", lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = LocalDate.now(clock);
        List<Initiative> due = initiatives.unverifiedSince(dueBefore(today)).stream()
                .filter(initiative -> !initiative.ownerIds().isEmpty())
                .filter(initiative -> initiative.remindedOn() == null
                        || !initiative.remindedOn().isAfter(today.minusMonths(MONTHS_BETWEEN_REMINDERS)))
                .toList();
        int reminded = 0;
        for (Initiative initiative : due) {
            try {
                transactions.executeWithoutResult(status -> {
                    owners.tell(initiative, "initiatives.mail.verify.subject", "initiatives.mail.verify.body", null);
                    initiatives.setReminded(initiative.id(), today);
                });
                reminded++;
            } catch (RuntimeException failure) {
                // One entry that fails must not keep the other owners from their reminder; tomorrow tries again.
                log.warn("Could not remind the owners of initiative {}", initiative.id(), failure);
            }
        }
        if (reminded > 0) {
            log.info("Asked the owners of {} initiatives to check them", reminded);
        }
    }
}
