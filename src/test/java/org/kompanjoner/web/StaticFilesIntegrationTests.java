package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Static files through a real servlet container: addressed by a hash of their content, so they can be
 * kept for a year, and compressed when the browser asks. Pages are never kept by shared caches, and a
 * signed-in person's pages not at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaticFilesIntegrationTests {

    static final String A_YEAR = "public, max-age=31536000, immutable";
    static final List<Pattern> STATIC_FILES = List.of(
            Pattern.compile("<link rel=\"stylesheet\" href=\"(/css/site-[0-9a-f]{32}\\.css)\""),
            Pattern.compile("<link rel=\"icon\" href=\"(/favicon-[0-9a-f]{32}\\.svg)\""),
            Pattern.compile("<script src=\"(/webjars/htmx\\.org/[^\"]+/htmx\\.min-[0-9a-f]{32}\\.js)\" defer>"),
            Pattern.compile("<script src=\"(/js/site-[0-9a-f]{32}\\.js)\" defer>"));

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Credentials credentials;

    @Autowired
    PasswordEncoder passwords;

    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyStaticFileIsAddressedByItsContentAndKeptForAYear() throws Exception {
        String page = fetch("/").body();
        for (Pattern file : STATIC_FILES) {
            Matcher found = file.matcher(page);
            assertThat(found.find()).as("a hashed address for %s", file).isTrue();
            HttpResponse<String> response = fetch(found.group(1), "Accept-Encoding", "gzip");
            assertThat(response.statusCode()).as(found.group(1)).isEqualTo(200);
            assertThat(response.headers().allValues("Cache-Control"))
                    .as(found.group(1))
                    .containsExactly(A_YEAR);
        }
    }

    @Test
    void everyStaticFileIsCompressedWhenAskedFor() throws Exception {
        String page = fetch("/").body();
        for (Pattern file : STATIC_FILES) {
            Matcher found = file.matcher(page);
            assertThat(found.find()).isTrue();
            HttpResponse<String> response = fetch(found.group(1), "Accept-Encoding", "gzip");
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(found.group(1))
                    .hasValue("gzip");
        }
    }

    @Test
    void aMissingFileIsNotKeptForAYear() throws Exception {
        HttpResponse<String> response = fetch("/css/site-0123456789abcdef0123456789abcdef.css");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().allValues("Cache-Control")).doesNotContain(A_YEAR);
    }

    @Test
    void aVisitorsPageIsCheckedAgainEachTimeAndASignedInPageIsNeverKept() throws Exception {
        MockHttpServletResponse visitor =
                mvc.perform(get("/annonser")).andReturn().getResponse();
        assertThat(visitor.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(String.join(", ", visitor.getHeaders("Vary")))
                .contains("Accept-Language")
                .contains("Cookie");

        TestPeople people = new TestPeople(credentials, passwords, mvc);
        MockHttpServletResponse member = mvc.perform(get("/annonser").session(people.signIn(people.member("Kim Kaka"))))
                .andReturn()
                .getResponse();
        assertThat(member.getHeader("Cache-Control")).contains("no-store");
        MockHttpServletResponse account = mvc.perform(
                        get("/mitt-konto").session(people.signIn(people.member("Lo Lind"))))
                .andReturn()
                .getResponse();
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(account.getHeader("Cache-Control")).contains("no-store");
    }
}
