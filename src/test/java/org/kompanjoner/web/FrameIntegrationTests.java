package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;

/** The frame: languages, security headers, health. Error pages need a real server: see {@link ErrorPagesIntegrationTests}. */
@IntegrationTest
class FrameIntegrationTests extends SiteTest {

    static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/annonser",
            "/listings",
            "/organisationer",
            "/registrera",
            "/logga-in",
            "/glomt-losenord",
            "/tillganglighet",
            "/integritet");

    @Test
    void pagesAreSwedishByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"sv\"")))
                .andExpect(content().string(containsString("Hoppa till innehållet")));
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Skip to content")));
        mvc.perform(get("/").cookie(new Cookie("lang", "en")))
                .andExpect(content().string(containsString("Find new collaborations and partners")));
        mvc.perform(get("/").param("lang", "xx")).andExpect(status().isOk());
    }

    @Test
    void aFirstVisitFollowsTheBrowsersLanguageAndAChoiceInTheSwitchWins() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(header().stringValues(
                                "Vary", org.hamcrest.Matchers.hasItem(containsString("Accept-Language"))));
        mvc.perform(get("/").header("Accept-Language", "de-DE,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/").header("Accept-Language", "de-DE,fr;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"sv\"")));
        mvc.perform(get("/").header("Accept-Language", "en").cookie(new Cookie("lang", "sv")))
                .andExpect(content().string(containsString("<html lang=\"sv\"")));
        // Following the browser is not a choice: nothing is remembered.
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(cookie().doesNotExist("lang"));
    }

    @Test
    void everyPublicPageSendsAStrictPolicyAndHoldsNoInlineScriptOrStyle() throws Exception {
        for (String page : PUBLIC_PAGES) {
            String html = mvc.perform(get(page))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            // Only scripts from files; a JSON-LD data block is never executed, so the policy allows it.
            assertThat(html)
                    .as(page)
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>");
            assertThat(html)
                    .as(page)
                    .doesNotContain(" style=")
                    .doesNotContain("<style")
                    .doesNotContain(" on");
        }
    }

    @Test
    void theAccessibilityStatementFollowsDiggsModelInBothLanguages() throws Exception {
        String swedish = mvc.perform(get("/tillganglighet"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(swedish)
                .contains("Hur tillgänglig är webbplatsen?")
                .contains("Vad kan du göra om du inte kan använda delar av webbplatsen?")
                .contains("Rapportera brister i webbplatsens tillgänglighet")
                .contains("Innehåll som inte är tillgängligt")
                .contains("Hur vi testat webbplatsen")
                // A way to reach the people who run the platform, and the supervisory authority's form.
                .contains("href=\"mailto:admin@test.kompanjoner.se\"")
                .contains(
                        "<a href=\"https://www.digg.se/tdosanmalan\">Anmäl oskäligt betungande anpassning eller brist i tillgänglighet</a>")
                .containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">");
        assertThat(swedish.split("<li class=\"known-problem\">")).hasSizeGreaterThan(3);
        String english = mvc.perform(get("/tillganglighet").cookie(new Cookie("lang", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english)
                .contains("Content that is not accessible")
                .contains("href=\"https://www.digg.se/tdosanmalan\"")
                .contains("href=\"mailto:admin@test.kompanjoner.se\"");
    }

    @Test
    void theSiteIconIsServedFromAFile() throws Exception {
        mvc.perform(get("/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")));
        mvc.perform(get("/"))
                .andExpect(content()
                        .string(matchesPattern("(?s).*<link rel=\"icon\" href=\"/favicon-[0-9a-f]{32}\\.svg\".*")));
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", matchesPattern("/favicon-[0-9a-f]{32}\\.svg")));
    }

    @Test
    void staffPagesNeedSignIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/e-post")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/mitt-konto")).andExpect(status().is3xxRedirection());
    }

    @Test
    void healthHasReadinessAndLivenessAndNoMailCheckWithoutSmtp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
    }
}
