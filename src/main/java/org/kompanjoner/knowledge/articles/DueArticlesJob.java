package org.kompanjoner.knowledge.articles;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node at a time: articles scheduled for a time that has now come are made public
 * (found by searches, announced to the modules that listen). Their pages, lists, feed and sitemap
 * already compare the time themselves, so a reader never waits for this job.
 */
@Component
class DueArticlesJob {

    private static final Logger log = LoggerFactory.getLogger(DueArticlesJob.class);

    private final Editing editing;

    DueArticlesJob(Editing editing) {
        this.editing = editing;
    }

    @Scheduled(fixedDelayString = "${kompanjoner.articles.due-check:PT1M}")
    @SchedulerLock(name = "articles-due", lockAtMostFor = "PT5M")
    void run() {
        int announced = editing.announceDue();
        if (announced > 0) {
            log.info("{} scheduled articles made public", announced);
        }
    }
}
