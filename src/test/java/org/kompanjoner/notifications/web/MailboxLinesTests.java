package org.kompanjoner.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.notifications.web.MailboxController.Segment;

class MailboxLinesTests {

    static List<Segment> line(String text, boolean linksShown) {
        return MailboxController.lines(text, linksShown).get(0);
    }

    @Test
    void withholdsEveryAddressWhereLinksAreNotShownWhateverItsScheme() {
        for (String address : List.of(
                "https://kompanjoner.example/inbjudan/abc", "HTTP://kompanjoner.example/?token=abc", "ftp://x/abc")) {
            assertThat(line("Öppna: " + address, false))
                    .extracting(Segment::kind)
                    .containsExactly(Segment.Kind.TEXT, Segment.Kind.WITHHELD);
        }
    }

    @Test
    void makesOnlyWebAddressesLinks() {
        assertThat(line("Se https://exempel.se och javascript://%0Aalert(1)", true))
                .extracting(Segment::kind)
                .containsExactly(Segment.Kind.TEXT, Segment.Kind.LINK, Segment.Kind.TEXT, Segment.Kind.TEXT);
    }
}
