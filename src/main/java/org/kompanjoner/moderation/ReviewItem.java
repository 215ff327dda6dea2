package org.kompanjoner.moderation;

import java.time.Instant;
import java.util.List;

/**
 * What the queue shows of one item of content: enough to judge it and to open it.
 *
 * @param owners the people who may change the item; none of them may review it
 * @param language the language its text is written in (for the {@code lang} of what is quoted)
 * @param path where the item is seen on the site
 * @param updatedAt its last change, handed back with a decision so only the version read is approved
 * @param reportable anyone may report it now (it is public)
 * @param noteKey a message key the queue shows beside it (for example "changed after publishing"), or null
 */
public record ReviewItem(
        String kind,
        long id,
        List<Long> owners,
        String title,
        String summary,
        String language,
        String path,
        Instant updatedAt,
        boolean reportable,
        String noteKey) {

    public ReviewItem {
        owners = List.copyOf(owners);
    }

    public boolean ownedBy(long personId) {
        return owners.contains(personId);
    }

    /** The person who sent it in, for the queue's "sent in by". */
    public long sender() {
        return owners.isEmpty() ? 0 : owners.get(0);
    }
}
