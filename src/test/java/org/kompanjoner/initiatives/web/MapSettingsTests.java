package org.kompanjoner.initiatives.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The map makes no request elsewhere by default; a tile server an operator sets is the one host allowed. */
class MapSettingsTests {

    @Test
    void byDefaultNoHostIsAllowed() {
        MapSettings settings = new MapSettings("", "");
        assertThat(settings.origins()).isEmpty();
        assertThat(settings.tilesUrl()).isEmpty();
    }

    @Test
    void aTileServerIsAllowedByItsOriginAlone() {
        assertThat(new MapSettings("https://tile.example.org/{z}/{x}/{y}.png", "© Example").origins())
                .containsExactly("https://tile.example.org");
        assertThat(MapSettings.origin("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.org");
        assertThat(MapSettings.origin("http://localhost:8081/tiles/{z}/{x}/{y}.png"))
                .isEqualTo("http://localhost:8081");
    }

    @Test
    void anAddressThatCouldWidenThePolicyStopsTheStart() {
        assertThatThrownBy(() -> MapSettings.origin("tile.example.org/{z}/{x}/{y}.png"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MapSettings.origin("javascript:alert(1)")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MapSettings.origin("https://a.example; script-src *"))
                .isInstanceOf(IllegalStateException.class);
    }
}
