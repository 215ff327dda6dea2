package org.kompanjoner.knowledge.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The publication library: coordinators add reports and links, anyone finds, reads, cites and downloads them. */
@IntegrationTest
class PublicationsIntegrationTests extends SiteTest {

    static final byte[] PDF =
            Arrays.copyOf("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII), 2048);

    @Autowired
    Settings settings;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    MockMultipartHttpServletRequestBuilder report(
            MockHttpSession session, String title, String fileName, byte[] content) {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/publikationer/ny");
        if (content != null) {
            request.file(new MockMultipartFile("file", fileName, "application/pdf", content));
        }
        request.session(session)
                .with(csrf())
                .param("kind", "REPORT")
                .param("title", title)
                .param("authors", "Ljung, Anna\nBerg, Karl-Erik\nRegion Jönköpings län")
                .param("year", "2019")
                .param("language", "sv")
                .param("publisher", "SIRU")
                .param("challenges", "3", "10")
                .param("summary", "Hur kooperativ och föreningar i länet arbetar med ensamhet bland äldre.");
        return request;
    }

    long files() throws IOException {
        Path folder = settings.dataDir().resolve("files");
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    long idOf(String title) {
        return jdbc.sql("select id from knowledge_publication where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the search index").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void aCoordinatorAddsAReportThatAnyoneReadsCitesAndDownloads() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Karin Kurator"));
        mvc.perform(report(coordinator, "Kunskapsrapport om äldres ensamhet", "rapport.pdf", PDF))
                .andExpect(status().is3xxRedirection());
        long id = idOf("Kunskapsrapport om äldres ensamhet");

        assertThat(page(get("/publikationer/" + id)))
                .contains(
                        "Ljung, A., Berg, K.-E., &amp; Region Jönköpings län. (2019). <i>Kunskapsrapport om äldres ensamhet</i>. SIRU. http://localhost/publikationer/"
                                + id)
                .contains("href=\"/publikationer/" + id + "/fil\"");
        MvcResult download = mvc.perform(get("/publikationer/" + id + "/fil"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("kunskapsrapport-om-aldres-ensamhet.pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        // Stored under a name of the site's making, never the uploaded one.
        String key = jdbc.sql("select file_key from knowledge_publication where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(key).matches("publications/[0-9a-f]{32}\\.pdf");
        assertThat(settings.dataDir().resolve("files").resolve(key)).exists();

        // Removed: the page, the file and the stored copy are gone.
        mvc.perform(post("/admin/publikationer/" + id + "/ta-bort")
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/publikationer/" + id)).andExpect(status().isNotFound());
        assertThat(settings.dataDir().resolve("files").resolve(key)).doesNotExist();
    }

    @Test
    void aFileThatIsNotAPdfOrTooLargeIsRefusedWithAMessageAndNothingIsStored() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Kalle Kontroll"));
        long before = count("knowledge_publication");
        long stored = files();
        byte[] program = Arrays.copyOf(
                "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 4096);

        String notPdf = mvc.perform(report(coordinator, "Falsk rapport", "rapport.pdf", program))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notPdf).contains("Filen är ingen PDF").contains("value=\"Falsk rapport\"");

        byte[] large = Arrays.copyOf(PDF, 16 * 1024 * 1024);
        String tooLarge = mvc.perform(report(coordinator, "Stor rapport", "stor.pdf", large))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLarge).contains("Filen är större än 15 MB");

        String neither = mvc.perform(report(coordinator, "Ingenting", null, null))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(neither).contains("Ladda upp rapporten som PDF, eller skriv en länk.");

        assertThat(count("knowledge_publication")).isEqualTo(before);
        assertThat(files()).isEqualTo(stored);
    }

    @Test
    void aLinkMustOpenInABrowserAndTextIsShownAsTextNeverAsMarkup() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Lina Länk"));
        long before = count("knowledge_publication");
        mvc.perform(link(coordinator, "En artikel", "javascript:alert(1)")).andExpect(status().isBadRequest());
        assertThat(count("knowledge_publication")).isEqualTo(before);

        String title = "<script>alert('titel')</script> Artikel";
        mvc.perform(link(coordinator, title, "https://tidskrift.example/artikel?a=1&b=2")
                        .param("summary", "<img src=x onerror=alert(1)> Om <b>kooperativ</b>")
                        .param("publisher", "<script>alert('utgivare')</script>")
                        .param("authors", "<script>alert('författare')</script>, Anna"))
                .andExpect(status().is3xxRedirection());
        long id = idOf(title);
        String page = page(get("/publikationer/" + id));
        assertThat(page)
                .doesNotContain("<script>alert(")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert('titel')&lt;/script&gt; Artikel")
                .contains("&lt;img src=x onerror=alert(1)&gt; Om &lt;b&gt;kooperativ&lt;/b&gt;")
                .contains("&lt;script&gt;alert('utgivare')&lt;/script&gt;")
                .contains("&lt;script&gt;alert('författare')&lt;/script&gt;")
                .contains("href=\"https://tidskrift.example/artikel?a=1&amp;b=2\"");
    }

    MockHttpServletRequestBuilder link(MockHttpSession session, String title, String link) {
        return post("/admin/publikationer/ny")
                .session(session)
                .with(csrf())
                .param("kind", "ARTICLE")
                .param("title", title)
                .param("authors", "Berg, Karl")
                .param("year", "2021")
                .param("language", "en")
                .param("publisher", "Tidskrift för social ekonomi")
                .param("challenges", "8")
                .param("summary", "Om arbetsintegrerande sociala företag.")
                .param("link", link);
    }

    @Test
    void theLibraryFindsAPublicationByAWordOfItsTitleOrSummaryAndNarrowsByFacets() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Sara Sökare"));
        mvc.perform(report(coordinator, "Slutrapport om mötesplatser", "slut.pdf", PDF))
                .andExpect(status().is3xxRedirection());
        mvc.perform(link(coordinator, "Kooperativ som arbetsgivare", "https://tidskrift.example/kooperativ"))
                .andExpect(status().is3xxRedirection());
        await(() -> {
            try {
                return page(get("/publikationer?q=arbetsintegrerande")).contains("Kooperativ som arbetsgivare");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await(() -> {
            try {
                return page(get("/publikationer?q=mötesplatser")).contains("Slutrapport om mötesplatser");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        // A word of the summary finds the report; the facets narrow without a script.
        assertThat(page(get("/publikationer?q=ensamhet")))
                .contains("Slutrapport om mötesplatser")
                .doesNotContain("Kooperativ som arbetsgivare");
        assertThat(page(get("/publikationer?kind=ARTICLE&language=en&year=2021")))
                .contains("Kooperativ som arbetsgivare")
                .doesNotContain("Slutrapport om mötesplatser");
        assertThat(page(get("/publikationer?challenge=3&year=2019")))
                .contains("Slutrapport om mötesplatser")
                .doesNotContain("Kooperativ som arbetsgivare");
        assertThat(page(get("/publikationer?kind=BOOK"))).doesNotContain("Slutrapport om mötesplatser");
        // An unknown value is dropped rather than refused; the English address shows the same library.
        assertThat(page(get("/publications?kind=nonsense&year=abcd"))).contains("Kooperativ som arbetsgivare");
    }

    @Test
    void onlyCoordinatorsManageTheLibrary() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Kim Kurator"));
        mvc.perform(link(coordinator, "Skyddad artikel", "https://exempel.se/a"))
                .andExpect(status().is3xxRedirection());
        long id = idOf("Skyddad artikel");
        MockHttpSession member = people.signIn(people.member("Mia Medlem"));
        List<String> pages =
                List.of("/admin/publikationer", "/admin/publikationer/ny", "/admin/publikationer/" + id + "/redigera");
        for (String path : pages) {
            mvc.perform(get(path))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/logga-in")));
            mvc.perform(get(path).session(member)).andExpect(status().isForbidden());
        }
        List<String> forms = List.of(
                "/admin/publikationer/ny",
                "/admin/publikationer/" + id + "/redigera",
                "/admin/publikationer/" + id + "/ta-bort");
        for (String path : forms) {
            mvc.perform(post(path)
                            .session(member)
                            .with(csrf())
                            .param("kind", "ARTICLE")
                            .param("title", "Medlemmens artikel")
                            .param("link", "https://exempel.se/b"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path).with(csrf()).param("title", "Besökarens")).andExpect(status().is3xxRedirection());
        }
        assertThat(count("knowledge_publication where title in ('Medlemmens artikel', 'Besökarens')"))
                .isZero();
        assertThat(page(get("/publikationer/" + id))).contains("Skyddad artikel");
        // Coordinators see their actions on the public page; others do not.
        assertThat(page(get("/publikationer/" + id).session(member))).doesNotContain("/redigera");
        assertThat(page(get("/publikationer/" + id).session(coordinator)))
                .contains("/admin/publikationer/" + id + "/redigera");
    }
}
