package org.kompanjoner.programmes.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kompanjoner.accounts.People;
import org.kompanjoner.events.AttendanceMarked;
import org.kompanjoner.events.EventSummary;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.programmes.ProgrammeCompleted;
import org.kompanjoner.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion rule, weighed whenever attendance at a session changes: a participant who attended at
 * least the programme's required number of its sessions has completed it and gets a certificate with a
 * code anyone can check. Attendance corrected below the rule revokes the certificate until the rule is
 * met again; a coordinator may also revoke one, with a reason, for good.
 */
@Service
public class Completion {

    /** Letters and digits that cannot be mistaken for one another when typed from paper. */
    private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcProgrammes programmes;
    private final Sessions sessions;
    private final People people;
    private final ProgrammeMails mails;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Completion(
            JdbcProgrammes programmes,
            Sessions sessions,
            People people,
            ProgrammeMails mails,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.people = people;
        this.mails = mails;
        this.publisher = publisher;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AttendanceMarked marked) {
        for (long programmeId : programmes.programmesWithSession(marked.eventId())) {
            programmes.lock(programmeId).ifPresent(programme -> weigh(programme, marked.personId(), true));
        }
    }

    /** Weighs every accepted participant of the programme again (its sessions or its rule changed). */
    @Transactional
    public void weighAll(long programmeId) {
        weighAll(programmeId, true);
    }

    /** The same, mailing nobody: for the demo county, whose people were told nothing. */
    void weighAllQuietly(long programmeId) {
        weighAll(programmeId, false);
    }

    private void weighAll(long programmeId, boolean tell) {
        Programme programme = programmes.lock(programmeId).orElseThrow(Refused::notFound);
        for (long personId : programmes.acceptedPeople(programmeId)) {
            weigh(programme, personId, tell);
        }
    }

    /** How many of the programme's sessions the person attended. */
    public int attended(long programmeId, long personId) {
        return (int) programmes.sessions(programmeId).stream()
                .filter(eventId -> sessions.attended(eventId).contains(personId))
                .count();
    }

    private void weigh(Programme programme, long personId, boolean tell) {
        int attended = attended(programme.id(), personId);
        boolean met = attended >= programme.plan().sessionsRequired();
        Optional<Certificate> certificate = programmes.certificateOf(programme.id(), personId);
        if (certificate.isEmpty()) {
            if (met) {
                issue(programme, personId, attended, tell);
            }
        } else if (!met && certificate.get().valid()) {
            programmes.revoke(certificate.get().id(), "programmes.certificate.revoked.attendance", true);
        } else if (met && !certificate.get().valid() && certificate.get().revokedByRule()) {
            programmes.reinstate(certificate.get().id(), attended);
        }
    }

    private void issue(Programme programme, long personId, int attended, boolean tell) {
        String name = people.find(personId).map(person -> person.displayName()).orElse("–");
        String code = newCode();
        // Completed when the last session attended ended (marked afterwards, or loaded as demo data), or now.
        Instant now = clock.instant();
        Instant completed = programmes.sessions(programme.id()).stream()
                .filter(eventId -> sessions.attended(eventId).contains(personId))
                .map(sessions::find)
                .flatMap(Optional::stream)
                .map(EventSummary::endsAt)
                .filter(end -> end.isBefore(now))
                .max(Instant::compareTo)
                .orElse(now);
        programmes.insertCertificate(programme.id(), personId, name, code, attended, completed);
        Certificate certificate =
                programmes.certificateOf(programme.id(), personId).orElseThrow();
        if (tell) {
            mails.completed(personId, programme, certificate);
        }
        publisher.publishEvent(new ProgrammeCompleted(
                programme.id(), personId, programme.plan().trainsFacilitators(), completed));
    }

    /** A coordinator revokes a certificate, with the reason anyone checking its code is shown. */
    @Transactional
    public void revoke(long programmeId, long certificateId, String reason) {
        programmes.lock(programmeId).orElseThrow(Refused::notFound);
        Certificate certificate = programmes.certificates(programmeId).stream()
                .filter(found -> found.id() == certificateId)
                .findFirst()
                .orElseThrow(Refused::notFound);
        if (!certificate.valid()) {
            throw Refused.notNow("programmes.certificate.revoked.already");
        }
        programmes.revoke(certificateId, reason, false);
    }

    /** Ten characters from 32: 50 bits, grouped as XXXXX-XXXXX so that it reads from paper. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }
}
