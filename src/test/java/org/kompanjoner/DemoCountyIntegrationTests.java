package org.kompanjoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kompanjoner.listings.internal.ListingIndexer;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo county, as the README's first command loads it: people, organisations and listings in place
 * and searchable before the site opens, and the shared demo password kept for the person who started it.
 */
@SpringBootTest(properties = "kompanjoner.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoCountyIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex index;

    @Autowired
    MockMvc mvc;

    @Autowired
    Map<String, BeforeOpening> beforeOpening;

    /** A folder of this test's own, named once (the test settings draw a new random one at every read). */
    static final Path DATA_DIR = Path.of("target", "test-data", "demo-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kompanjoner.data-dir", DATA_DIR::toString);
    }

    @Test
    void theDemoCountyIsLoadedAndSearchableBeforeTheSiteOpens() {
        assertThat(count("accounts_organisation")).isEqualTo(40);
        assertThat(jdbc.sql("select count(*) from accounts_person where email like '%@demo.kompanjoner.se'")
                        .query(Long.class)
                        .single())
                .isEqualTo(60);
        assertThat(count("listings_listing")).isEqualTo(150);
        // The 130 published are in the index from the start; the others are not for everyone's eyes.
        assertThat(index.size(ListingIndexer.COLLECTION)).isEqualTo(130);
        assertThat(beforeOpening.values())
                .isNotEmpty()
                .allSatisfy(work -> assertThat(work.getPhase())
                        .as("runs before the web server starts")
                        .isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE));
    }

    @Test
    void theDemoPasswordIsKeptForItsOwnerAloneAndWorks() throws Exception {
        Path kept = DATA_DIR.resolve("demo-sign-in.txt");
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String text = Files.readString(kept);
        Matcher password = Pattern.compile("password: (\\S+)").matcher(text);
        Matcher administrator = Pattern.compile("administrator: (\\S+)").matcher(text);
        assertThat(password.find()).isTrue();
        assertThat(administrator.find()).isTrue();
        mvc.perform(post("/logga-in")
                        .param("email", administrator.group(1))
                        .param("password", password.group(1))
                        .with(csrf())
                        .with(TestPeople.freshAddress()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("logga-in"));
        mvc.perform(get("/annonser")).andExpect(status().isOk());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
