package org.kompanjoner.search.internal;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kompanjoner.search.IndexedCollection;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Index changes that failed (the shared search engine did not answer) are handed on again every minute,
 * on one node at a time, so that search catches up soon after the engine is back rather than at the next
 * start. Only the collections' own listeners are retried: a change reads the entry as the database has it
 * now, so handing it on twice does no harm, which is not true of every listener (a mail).
 */
@Component
class RetryFailedIndexChanges {

    private final IncompleteEventPublications publications;
    private final List<String> listeners;

    RetryFailedIndexChanges(IncompleteEventPublications publications, List<IndexedCollection<?>> collections) {
        this.publications = publications;
        // A listener's identifier starts with its class: ListingIndexer.on(ListingPublished).
        this.listeners = collections.stream()
                .map(collection -> ClassUtils.getUserClass(collection).getName() + ".")
                .toList();
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @SchedulerLock(name = "search-index-retry", lockAtMostFor = "PT5M")
    void retry() {
        publications.resubmitIncompletePublications(this::failedIndexChange);
    }

    private boolean failedIndexChange(EventPublication publication) {
        return publication.getStatus() == EventPublication.Status.FAILED
                && publication instanceof TargetEventPublication target
                && listeners.stream().anyMatch(target.getTargetIdentifier().getValue()::startsWith);
    }
}
