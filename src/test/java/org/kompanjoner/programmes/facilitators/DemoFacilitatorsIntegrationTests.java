package org.kompanjoner.programmes.facilitators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.People;
import org.kompanjoner.programmes.ProgrammeCompleted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo county's facilitators and requests, and a later programme completion that leaves them as they were. */
@SpringBootTest(properties = "kompanjoner.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoFacilitatorsIntegrationTests {

    static final Path DATA_DIR = Path.of("target", "test-data", "demo-facilitators-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kompanjoner.data-dir", DATA_DIR::toString);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Facilitators facilitators;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void eighteenDemoMembersAreFacilitatorsWithProfilesAndThreeRequestsWait() throws Exception {
        assertThat(facilitators.countActive()).isEqualTo(18);
        assertThat(jdbc.sql("select status from programmes_facilitator_request order by id")
                        .query(String.class)
                        .list())
                .containsExactly("NEW", "ASSIGNED", "DONE");
        assertThat(jdbc.sql("select count(distinct language) from programmes_facilitator_language")
                        .query(Long.class)
                        .single())
                .isGreaterThan(5);
        String directory = mvc.perform(get("/facilitatorer"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(directory).contains("Per Johansson").contains("Facilitatorer som matchar: 18");
        assertThat(directory).doesNotContain("@demo.kompanjoner.se");

        // The first demo facilitator completes a facilitator programme: the status and profile stay as they were.
        long first = people.findByEmail("per.johansson@demo.kompanjoner.se")
                .orElseThrow()
                .id();
        FacilitatorProfile before = facilitators.profile(first).orElseThrow();
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new ProgrammeCompleted(77, first, true, Instant.now())));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("select count(*) from programmes_facilitator_change where programme_id = 77")
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }
        assertThat(facilitators.countActive()).isEqualTo(18);
        assertThat(facilitators.profile(first).orElseThrow()).isEqualTo(before);
        assertThat(before.areas()).isEqualTo(List.of("3", "10"));
    }
}
