package org.kompanjoner.programmes.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kompanjoner.events.EventSummary;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.programmes.internal.JdbcProgrammes;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;

/** A programme's sessions as pages show them, in time order, with whether someone came to each. */
@Component
class ProgrammeViews {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcProgrammes programmes;
    private final Sessions sessions;
    private final Settings settings;

    ProgrammeViews(JdbcProgrammes programmes, Sessions sessions, Settings settings) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.settings = settings;
    }

    /** The sessions, soonest first; {@code personId} null when nobody's attendance is shown. */
    List<SessionRow> sessions(long programmeId, Long personId) {
        return programmes.sessions(programmeId).stream()
                .map(sessions::find)
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(EventSummary::startsAt))
                .map(event -> new SessionRow(
                        event,
                        when(event),
                        personId != null && attended(event.id()).contains(personId)))
                .toList();
    }

    Set<Long> attended(long eventId) {
        return sessions.attended(eventId);
    }

    private String when(EventSummary event) {
        ZonedDateTime start = event.startsAt().atZone(settings.zone());
        ZonedDateTime end = event.endsAt().atZone(settings.zone());
        return start.format(DAY_AND_TIME) + "–"
                + (start.toLocalDate().equals(end.toLocalDate()) ? end.format(TIME) : end.format(DAY_AND_TIME));
    }
}
