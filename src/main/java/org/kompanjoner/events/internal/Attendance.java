package org.kompanjoner.events.internal;

import java.util.Set;
import org.kompanjoner.events.AttendanceMarked;
import org.kompanjoner.events.RegistrationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came, as the organisers mark it: for everyone at once from the participant list, or one by one at
 * the door. Each change for a member is published, so that what builds on attendance (a programme's
 * completion) follows it.
 */
@Service
public class Attendance {

    private final JdbcEvents events;
    private final ApplicationEventPublisher publisher;

    Attendance(JdbcEvents events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    /** Those in {@code present} came; every other registration of the event did not. */
    @Transactional
    public void markAll(long eventId, Set<Long> present) {
        for (Registration registration : events.registrations(eventId)) {
            boolean came = present.contains(registration.id()) && registration.status() == RegistrationStatus.CONFIRMED;
            if (came != registration.attended()) {
                events.markAttended(eventId, registration.id(), came);
                published(registration, came);
            }
        }
    }

    /** One person with a seat marked present or not; false when the registration has no seat here. */
    @Transactional
    public boolean mark(long eventId, long registrationId, boolean present) {
        Registration registration = events.registration(registrationId)
                .filter(found -> found.eventId() == eventId)
                .orElse(null);
        if (registration == null || !events.markAttended(eventId, registrationId, present)) {
            return false;
        }
        if (registration.attended() != present) {
            published(registration, present);
        }
        return true;
    }

    private void published(Registration registration, boolean present) {
        if (registration.personId() != null) {
            publisher.publishEvent(new AttendanceMarked(registration.eventId(), registration.personId(), present));
        }
    }
}
