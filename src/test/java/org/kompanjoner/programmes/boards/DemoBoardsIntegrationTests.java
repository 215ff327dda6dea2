package org.kompanjoner.programmes.boards;

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
import org.kompanjoner.events.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo county's advisers and its three board cases, one in each of the states a visitor should see. */
@SpringBootTest(properties = "kompanjoner.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoBoardsIntegrationTests {

    static final Path DATA_DIR = Path.of("target", "test-data", "demo-boards-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kompanjoner.data-dir", DATA_DIR::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Advisers advisers;

    @Autowired
    BoardCases cases;

    @Autowired
    BoardDesk desk;

    @Autowired
    Sessions sessions;

    @Test
    void twelveAdvisersAcrossFourSectorsAndThreeCasesInDifferentStates() throws Exception {
        List<Long> volunteers = advisers.active();
        assertThat(volunteers).hasSize(12);
        assertThat(desk.sectorsCovered(volunteers)).containsExactly("academia", "civil_society", "company", "public");

        List<BoardCase> all = cases.inbox(null, 10);
        assertThat(all)
                .extracting(BoardCase::status)
                .containsExactlyInAnyOrder(CaseStatus.SUBMITTED, CaseStatus.MEETING_SCHEDULED, CaseStatus.FOLLOWED_UP);

        BoardCase scheduled = cases.inbox(CaseStatus.MEETING_SCHEDULED, 1).get(0);
        assertThat(desk.sectorsCovered(cases.panel(scheduled.id()))).hasSizeGreaterThanOrEqualTo(3);
        Instant meeting = sessions.find(scheduled.eventId()).orElseThrow().startsAt();
        assertThat(meeting)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(13)), Instant.now().plus(Duration.ofDays(15)));
        assertThat(sessions.find(scheduled.eventId()).orElseThrow().invitationOnly())
                .isTrue();

        BoardCase advised = cases.inbox(CaseStatus.FOLLOWED_UP, 1).get(0);
        List<FollowUp> followUps = cases.followUps(advised.id());
        assertThat(followUps).extracting(FollowUp::months).containsExactly(3, 6);
        assertThat(followUps.get(0).answered()).isTrue();
        assertThat(followUps.get(1).sentAt()).isNull();
        assertThat(advised.consent()).isTrue();

        String page = mvc.perform(get("/styrelser"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(advised.storyTitle()).contains("<strong>företag, kommun");
    }
}
