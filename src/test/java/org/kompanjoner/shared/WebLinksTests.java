package org.kompanjoner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLinksTests {

    @Test
    void onlyPagesABrowserOpensWithAHostAndWithinTheLengthAreTaken() {
        assertThat(WebLinks.opensInBrowser("https://mote.example.se/rum", 500)).isTrue();
        assertThat(WebLinks.opensInBrowser("HTTP://example.se", 500)).isTrue();
        assertThat(WebLinks.opensInBrowser("javascript:alert(1)", 500)).isFalse();
        assertThat(WebLinks.opensInBrowser("data:text/html,<b>", 500)).isFalse();
        assertThat(WebLinks.opensInBrowser("https:///ingen-värd", 500)).isFalse();
        assertThat(WebLinks.opensInBrowser("www.example.se", 500)).isFalse();
        assertThat(WebLinks.opensInBrowser("https://example.se/ mellanslag", 500))
                .isFalse();
        assertThat(WebLinks.opensInBrowser(null, 500)).isFalse();
        assertThat(WebLinks.opensInBrowser("https://example.se/" + "a".repeat(20), 30))
                .isFalse();
    }
}
