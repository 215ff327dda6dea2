package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Every module's refusals reach people the same way, from one place. */
@IntegrationTest
@Import(RefusalsIntegrationTests.Refusing.class)
class RefusalsIntegrationTests extends SiteTest {

    /** A page with a form that each kind of refusal can turn down. */
    @TestConfiguration
    @Controller
    static class Refusing {

        @GetMapping("/test-only/sak/{id}")
        String page() {
            return "web/privacy";
        }

        @GetMapping("/test-only/sak/{id}/las")
        String read(@PathVariable long id) {
            throw Refused.notNow("listings.not-now");
        }

        @PostMapping("/test-only/sak/{id}/{why}")
        String change(@PathVariable long id, @PathVariable String why) {
            throw switch (Refused.Why.valueOf(why)) {
                case NOT_FOUND -> Refused.notFound();
                case NOT_YOURS -> Refused.notYours("someone else's thing");
                case NOT_NOW -> Refused.notNow("listings.not-now");
                case RULE -> new Refused("listings.interest.already");
            };
        }
    }

    @Test
    void notFoundAndNotYoursAreTheirErrorPages() throws Exception {
        mvc.perform(post("/test-only/sak/7/NOT_FOUND").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/test-only/sak/7/NOT_YOURS").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aChangeNotPossibleNowGoesBackToThePageItWasSentFromWithTheMessage() throws Exception {
        mvc.perform(post("/test-only/sak/7/NOT_NOW")
                        .header("Referer", "http://localhost/annonser?q=mat")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/annonser?q=mat"))
                .andExpect(flash().attribute("flashMessageKey", "listings.not-now"))
                .andExpect(flash().attribute("flashMessageIsProblem", true));
        // Without a referring page (or one of another site), to the nearest page above the form's address.
        mvc.perform(post("/test-only/sak/7/RULE").with(csrf()))
                .andExpect(redirectedUrl("/test-only/sak/7"))
                .andExpect(flash().attribute("flashMessageKey", "listings.interest.already"));
        mvc.perform(post("/test-only/sak/7/RULE")
                        .header("Referer", "https://evil.example/phish")
                        .with(csrf()))
                .andExpect(redirectedUrl("/test-only/sak/7"));
    }

    @Test
    void readingAPageThatIsRefusedIsAConflictNotARedirect() throws Exception {
        int status = mvc.perform(get("/test-only/sak/7/las"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(409);
    }
}
