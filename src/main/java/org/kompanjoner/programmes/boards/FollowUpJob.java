package org.kompanjoner.programmes.boards;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Mails the entrepreneur of an advised case, three and six months after the advice, a link to tell how
 * it went. Each follow-up is claimed in the same transaction as its mail, so it goes out once, on
 * whichever node.
 */
@Component
class FollowUpJob {

    private static final Logger log = LoggerFactory.getLogger(FollowUpJob.class);

    private final BoardDesk desk;
    private final TransactionOperations transactions;

    FollowUpJob(BoardDesk desk, TransactionOperations transactions) {
        this.desk = desk;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${kompanjoner.boards.follow-ups-every:PT1H}")
    @SchedulerLock(name = "boards-follow-ups", lockAtMostFor = "PT30M")
    void run() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Sent {} board follow-ups", sent);
        }
    }

    /** Sends every follow-up due now and not yet sent; returns how many. */
    int sendDue() {
        return desk.sendDueFollowUps(transactions);
    }
}
