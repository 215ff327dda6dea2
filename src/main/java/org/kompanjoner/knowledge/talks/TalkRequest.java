package org.kompanjoner.knowledge.talks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invitation to come and talk as it stands. The asker's address and phone are shown in the inbox only.
 *
 * @param wishedTo the last day of a wished period; null for one day
 * @param facilitatorId the facilitator named to give the talk; null while nobody is
 */
public record TalkRequest(
        long id,
        String name,
        String email,
        String phone,
        String organisation,
        String municipality,
        String place,
        LocalDate wishedFrom,
        LocalDate wishedTo,
        int audienceSize,
        String topic,
        String talkLanguage,
        String locale,
        TalkStatus status,
        Long facilitatorId,
        String note,
        Instant createdAt) {}
