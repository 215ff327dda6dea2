package org.kompanjoner.events.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, seats held for someone who let them pass (an offer that ran out, a guest who did not
 * confirm within a day) go to the next in line. One node runs it at a time.
 */
@Component
class LapsedHoldsJob {

    private static final Logger log = LoggerFactory.getLogger(LapsedHoldsJob.class);

    private final Registrations registrations;

    LapsedHoldsJob(Registrations registrations) {
        this.registrations = registrations;
    }

    @Scheduled(fixedDelayString = "${kompanjoner.events.lapsed-holds-every:PT5M}")
    @SchedulerLock(name = "events-lapsed-holds", lockAtMostFor = "PT10M")
    void passOn() {
        int ended = registrations.passOnLapsedHolds();
        if (ended > 0) {
            log.info("Passed on {} lapsed seat holds", ended);
        }
    }
}
