package org.kompanjoner.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.FileKinds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo county's library and inbox: two reports as PDFs and two links, three invitations and one report. */
@SpringBootTest(properties = "kompanjoner.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoKnowledgeIntegrationTests {

    static final Path DATA_DIR = Path.of("target", "test-data", "demo-knowledge-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kompanjoner.data-dir", DATA_DIR::toString);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theLibraryHoldsTheTwoReportsAsReadablePdfsAndTwoLinksAndTheInboxHasItsExamples() throws Exception {
        assertThat(jdbc.sql("select kind from knowledge_publication order by id")
                        .query(String.class)
                        .list())
                .containsExactly("REPORT", "REPORT", "LINK", "ARTICLE");
        List<Long> reports = jdbc.sql("select id from knowledge_publication where file_key is not null order by id")
                .query(Long.class)
                .list();
        assertThat(reports).hasSize(2);
        byte[] pdf = mvc.perform(get(PublicationRoutes.file(reports.get(0))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(FileKinds.of("rapport.pdf", pdf)).hasValue(FileKinds.Kind.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Kunskapsrapport");
            assertThat(new PDFTextStripper().getText(document)).contains("Social innovation handlar om");
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!page(PublicationRoutes.LIBRARY + "?q=slutrapport").contains("Slutrapport: Social Innovation")) {
            assertThat(Instant.now()).as("waited for the search index").isBefore(deadline);
            Thread.sleep(100);
        }

        assertThat(jdbc.sql("select status from knowledge_talk_request order by id")
                        .query(String.class)
                        .list())
                .containsExactly("NEW", "PLANNED", "DONE");
        assertThat(jdbc.sql("select count(*) from knowledge_accessibility_report")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
