package org.kompanjoner.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Content that coordinators review, one implementation per kind (listings, initiatives, what comes
 * later), so that moderation sits below the content modules and keeps one queue for all of them: what
 * waits, what was reported, and the decisions. The content module carries a decision out and tells the
 * people concerned; moderation records who decided and closes the reports.
 */
public interface Reviewable {

    /** The kind as reports store it, e.g. {@code LISTING}; never changes once reports exist. */
    String kind();

    /** The kind in moderation's addresses ({@code /anmal/{slug}/{id}}, the queue's forms). */
    String slug();

    /** The message key naming the kind in the queue, e.g. "Annons". */
    String kindLabelKey();

    /** Items waiting for a coordinator (new ones, and published ones changed since they were looked at), oldest first. */
    List<ReviewItem> waiting();

    /** The item with {@code id}, whatever its state. */
    Optional<ReviewItem> item(long id);

    /**
     * Lets the item out, or confirms its changes. {@code seen} is the {@link ReviewItem#updatedAt()} of the
     * version the coordinator read: false when the item is no longer waiting or has changed since, so that
     * nothing is published that nobody looked at.
     */
    boolean approve(long id, long coordinatorId, Instant seen);

    /** Sends the item back to its owners with what to change; false when that is not possible now. */
    boolean askForChanges(long id, long coordinatorId, String message);

    /** Takes the item down (or declines a suggestion), telling the owners why; false when already closed. */
    boolean remove(long id, long coordinatorId, String reason);
}
