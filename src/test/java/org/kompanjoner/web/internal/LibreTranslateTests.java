package org.kompanjoner.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LibreTranslate adapter against a small compatible server started by the test. */
class LibreTranslateTests {

    FakeLibreTranslate server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeLibreTranslate();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheTextItsLanguagesAndTheKeyAndReadsTheTranslation() {
        var machine = new LibreTranslate(server.url() + "/", "hemlig", Duration.ofSeconds(2));

        assertThat(machine.available()).isTrue();
        assertThat(machine.translate("Hej \"alla\"", "sv", "en")).contains("[en] Hej \"alla\"");
        assertThat(server.requests())
                .singleElement()
                .satisfies(form -> assertThat(form)
                        .containsEntry("q", "Hej \"alla\"")
                        .containsEntry("source", "sv")
                        .containsEntry("target", "en")
                        .containsEntry("format", "text")
                        .containsEntry("api_key", "hemlig"));
    }

    @Test
    void sendsNoKeyWhenNoneIsConfigured() {
        new LibreTranslate(server.url(), "", Duration.ofSeconds(2)).translate("Hej", "sv", "en");

        assertThat(server.requests().get(0)).doesNotContainKey("api_key");
    }

    @Test
    void aFailingServerGivesNothing() {
        server.answer(FakeLibreTranslate.Mode.FAIL);

        assertThat(new LibreTranslate(server.url(), "", Duration.ofSeconds(2)).translate("Hej", "sv", "en"))
                .isEmpty();
    }

    @Test
    void aSlowServerGivesNothingWithinTheTimeout() {
        server.answer(FakeLibreTranslate.Mode.SLOW);
        long started = System.nanoTime();

        assertThat(new LibreTranslate(server.url(), "", Duration.ofMillis(300)).translate("Hej", "sv", "en"))
                .isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aServerThatIsNotThereGivesNothing() {
        String url = server.url();
        server.close();

        assertThat(new LibreTranslate(url, "", Duration.ofMillis(500)).translate("Hej", "sv", "en"))
                .isEmpty();
    }

    @Test
    void withoutAConfiguredServerNothingIsOfferedOrSent() {
        var none = new MachineTranslationConfiguration().machineTranslation("", "", Duration.ofSeconds(1));

        assertThat(none.available()).isFalse();
        assertThat(none.translate("Hej", "sv", "en")).isEmpty();
        assertThat(server.requests()).isEmpty();
    }
}
