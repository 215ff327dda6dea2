package org.kompanjoner.programmes.boards;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Markdown;
import org.kompanjoner.web.Option;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Advisers and cases as the pages show them: names from the accounts, sector codes turned into names. */
@Component
class BoardViews {

    private final Advisers advisers;
    private final BoardCases cases;
    private final BoardDesk desk;
    private final People people;
    private final Taxonomy taxonomy;
    private final Sessions sessions;
    private final Markdown markdown;
    private final MessageSource messages;

    BoardViews(
            Advisers advisers,
            BoardCases cases,
            BoardDesk desk,
            People people,
            Taxonomy taxonomy,
            Sessions sessions,
            Markdown markdown,
            MessageSource messages) {
        this.advisers = advisers;
        this.cases = cases;
        this.desk = desk;
        this.people = people;
        this.taxonomy = taxonomy;
        this.sessions = sessions;
        this.markdown = markdown;
        this.messages = messages;
    }

    CaseView caseView(BoardCase boardCase, Locale locale) {
        List<Long> panel = cases.panel(boardCase.id());
        List<String> sectors = sectorNames(desk.sectorsCovered(panel), locale);
        return new CaseView(
                boardCase,
                name(boardCase.entrepreneurId()),
                seats(panel, locale),
                sectors,
                sectors.size() < BoardDesk.SECTORS_WANTED,
                boardCase.eventId() == null
                        ? null
                        : sessions.find(boardCase.eventId()).orElse(null),
                cases.followUps(boardCase.id()),
                story(boardCase));
    }

    /** The meeting's title in the calendar of those invited. */
    String meetingTitle(BoardCase boardCase, Locale locale) {
        String organisation = boardCase.organisation().length() > 100
                ? boardCase.organisation().substring(0, 100) + "…"
                : boardCase.organisation();
        return messages.getMessage("boards.meeting.event-title", new Object[] {organisation}, locale);
    }

    String meetingSummary(Locale locale) {
        return messages.getMessage("boards.meeting.event-summary", null, locale);
    }

    Content story(BoardCase boardCase) {
        return markdown.content(boardCase.storyText());
    }

    String name(Long personId) {
        return personId == null
                ? ""
                : people.find(personId).map(PersonSummary::displayName).orElse("");
    }

    List<String> sectorNames(Collection<String> codes, Locale locale) {
        return codes.stream()
                .map(code -> taxonomy.label(TermKind.SECTOR, code, locale))
                .toList();
    }

    /** {@code personIds} as seats, in their order; someone whose account is gone is left out. */
    List<PanelSeat> seats(List<Long> personIds, Locale locale) {
        Map<Long, List<String>> sectors = advisers.sectors(personIds);
        Map<Long, String> abouts = advisers.abouts(personIds);
        List<PanelSeat> seats = new ArrayList<>();
        for (long id : personIds) {
            people.find(id)
                    .ifPresent(person -> seats.add(new PanelSeat(
                            id,
                            person.displayName(),
                            sectorNames(sectors.getOrDefault(id, List.of()), locale),
                            abouts.getOrDefault(id, ""))));
        }
        return seats;
    }

    /** The volunteers not yet on {@code panel}, as choices by name with their sectors. */
    List<Option> choices(Collection<Long> panel, Locale locale) {
        List<Long> free =
                advisers.active().stream().filter(id -> !panel.contains(id)).toList();
        return seats(free, locale).stream()
                .map(seat -> new Option(
                        Long.toString(seat.personId()), seat.name() + " (" + String.join(", ", seat.sectors()) + ")"))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }
}
