package org.kompanjoner.events.internal;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.springframework.stereotype.Component;

/**
 * Events as iCalendar, written by biweekly: times in the county's zone with that zone's own VTIMEZONE
 * (made from Java's rules for it, so nothing is downloaded), and a UID per event that stays the same
 * whenever the file is fetched again, so a calendar program updates the entry instead of adding another.
 */
@Component
public class EventCalendars {

    private final Settings settings;
    private final Choices choices;
    private final TimezoneAssignment zone;

    EventCalendars(Settings settings, Choices choices) {
        this.settings = settings;
        this.choices = choices;
        this.zone = new TimezoneAssignment(TimeZone.getTimeZone(settings.zone()), timezone(settings));
    }

    /** The events as one iCalendar file (one event, or a feed of many). */
    public String write(List<Event> events) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Kompanjoner//Evenemang//SV");
        // Each municipality is named once for the whole file.
        Map<String, String> places = new HashMap<>();
        for (Event event : events) {
            calendar.addEvent(event(event, places));
        }
        calendar.getTimezoneInfo().setDefaultTimezone(zone);
        return Biweekly.write(calendar).version(ICalVersion.V2_0).go();
    }

    /** The stable identifier of an event in every file and feed. */
    String uid(long eventId) {
        return "event-" + eventId + "@" + URI.create(settings.baseUrl()).getHost();
    }

    private VEvent event(Event event, Map<String, String> places) {
        VEvent entry = new VEvent();
        entry.setUid(uid(event.id()));
        entry.setSummary(event.plan().title());
        entry.setDescription(event.plan().summary());
        entry.setDateStart(Date.from(event.plan().startsAt()));
        entry.setDateEnd(Date.from(event.plan().endsAt()));
        entry.setUrl(settings.link(EventRoutes.event(event.id())));
        // The online link is for people with a seat: a calendar file may be shared, so it is left out.
        if (event.plan().venueAddress() != null) {
            entry.setLocation(event.plan().venueAddress()
                    + (event.plan().municipality() == null
                            ? ""
                            : ", "
                                    + places.computeIfAbsent(
                                            event.plan().municipality(),
                                            code -> choices.place(code, Locale.forLanguageTag("sv")))));
        }
        entry.setStatus(event.state() == Event.State.CANCELLED ? Status.cancelled() : Status.confirmed());
        return entry;
    }

    /**
     * The zone's VTIMEZONE from Java's rules: its present standard and daylight-saving observances, each
     * with the yearly rule for the day the clocks change (for Sweden the last Sunday of March and of
     * October). A zone without changes has one standard observance.
     */
    static VTimezone timezone(Settings settings) {
        var rules = settings.zone().getRules();
        VTimezone timezone = new VTimezone(settings.zone().getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(Instant.now());
            StandardTime standard = new StandardTime();
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(utc(offset));
            standard.setTimezoneOffsetTo(utc(offset));
            timezone.addStandardTime(standard);
            return timezone;
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(1970);
            boolean daylight = rule.getOffsetAfter().getTotalSeconds()
                    > rule.getStandardOffset().getTotalSeconds();
            Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
            LocalDateTime start = first.getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(
                    start.getYear(),
                    start.getMonthValue(),
                    start.getDayOfMonth(),
                    start.getHour(),
                    start.getMinute(),
                    start.getSecond(),
                    false));
            observance.setTimezoneOffsetFrom(utc(rule.getOffsetBefore()));
            observance.setTimezoneOffsetTo(utc(rule.getOffsetAfter()));
            observance.setRecurrenceRule(recurrence(rule));
            if (daylight) {
                timezone.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                timezone.addStandardTime((StandardTime) observance);
            }
        }
        return timezone;
    }

    /** A yearly rule: "the Sunday on or after the 25th" is a Sunday among the 25th to the 31st. */
    private static Recurrence recurrence(ZoneOffsetTransitionRule rule) {
        Recurrence.Builder builder =
                new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return builder.byMonthDay(day).build();
        }
        List<Integer> days = day > 0
                ? IntStream.rangeClosed(day, day + 6).boxed().toList()
                : IntStream.rangeClosed(day - 6, day).boxed().toList();
        return builder.byDay(DayOfWeek.valueOfAbbr(rule.getDayOfWeek().name().substring(0, 2)))
                .byMonthDay(days)
                .build();
    }

    private static UtcOffset utc(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
