package org.kompanjoner.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.Refused;

class EventTimesTests {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void onTheLastSundayOfMarchTheHourTheClocksSkipIsRefused() {
        assertThatThrownBy(() -> EventTimes.at(LocalDateTime.parse("2026-03-29T02:30"), STOCKHOLM))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("events.time.missing"));
        // Before the change it is winter time (UTC+1), after it summer time (UTC+2).
        assertThat(EventTimes.at(LocalDateTime.parse("2026-03-29T01:30"), STOCKHOLM))
                .isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        assertThat(EventTimes.at(LocalDateTime.parse("2026-03-29T10:00"), STOCKHOLM))
                .isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void onTheLastSundayOfOctoberTheHourThatComesTwiceIsRefused() {
        assertThatThrownBy(() -> EventTimes.at(LocalDateTime.parse("2026-10-25T02:30"), STOCKHOLM))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("events.time.twice"));
        assertThat(EventTimes.at(LocalDateTime.parse("2026-10-25T01:59"), STOCKHOLM))
                .isEqualTo(Instant.parse("2026-10-24T23:59:00Z"));
        assertThat(EventTimes.at(LocalDateTime.parse("2026-10-25T10:00"), STOCKHOLM))
                .isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
    }
}
