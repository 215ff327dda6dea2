package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.Unavailable;
import org.kompanjoner.support.Visitor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Error pages through a real servlet container, as browsers and scripts meet them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ErrorPagesIntegrationTests.Failing.class)
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    /** A page that fails the way a bug would. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/test-only/fails")
        String fails() {
            throw new IllegalStateException("secret internal detail");
        }

        /** A page whose search engine does not answer. */
        @GetMapping("/test-only/search-down")
        String searchDown() {
            throw new Unavailable(
                    "OpenSearch at http://search.internal:9200 could not search the collection listings",
                    new java.net.ConnectException("Connection refused"));
        }
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=a%40b.se&password=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notFoundInSwedishAndEnglishForEveryKindOfClient() throws Exception {
        HttpResponse<String> swedish = get("/finns-inte", "Accept", "text/html");
        assertThat(swedish.statusCode()).isEqualTo(404);
        assertThat(swedish.body()).contains("Sidan finns inte").contains("<html lang=\"sv\"");
        // The title says at once that something went wrong.
        assertThat(swedish.body()).contains("<title>Fel: Sidan finns inte – Kompanjoner</title>");

        HttpResponse<String> english = get("/finns-inte", "Cookie", "lang=en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found").contains("<title>Error: Page not found");

        HttpResponse<String> script = get("/organisationer/finns-inte", "Accept", "application/json");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.body()).contains("Sidan finns inte");
    }

    @Test
    void aFailureShowsAPlainPageWithoutDetail() throws Exception {
        HttpResponse<String> response = get("/test-only/fails", "Cookie", "lang=en");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Something went wrong on our side")
                .doesNotContain("secret internal detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void aSearchEngineThatDoesNotAnswerIsAPageSayingToTryAgainShortly() throws Exception {
        HttpResponse<String> response = get("/test-only/search-down", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(response.body())
                .contains("Sökningen svarar inte just nu")
                .doesNotContain("search.internal")
                .doesNotContain("Connection refused")
                .doesNotContain("at org.");
        assertThat(get("/test-only/search-down", "Cookie", "lang=en", "Accept", "application/json")
                        .body())
                .contains("Search is not answering right now");
    }

    @Test
    void aFormWithoutCsrfTokenIsAForbiddenPage() throws Exception {
        HttpResponse<String> response = post("/logga-in");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Sidan var för gammal").doesNotContain("Exception");
    }

    @Test
    void theLanguageLinkOnAnErrorPageStaysOnTheSite() throws Exception {
        // The error page is built for whatever address was asked for, here a protocol-relative one.
        HttpResponse<String> response = get("//evil.example/phish", "Accept", "text/html");
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body())
                .contains("class=\"language\"")
                .doesNotContain("href=\"//")
                .containsPattern("<a class=\"language\" href=\"/[^/\\\\]");
    }

    @Test
    void aMalformedParameterIsABadRequestPage() throws Exception {
        Visitor coordinator = new Visitor(port);
        assertThat(coordinator.signIn("admin@test.kompanjoner.se", "lugnt-vatten-vid-vattern-2026"))
                .isTrue();
        Visitor.Response response = coordinator.get("/admin/e-post/inte-ett-nummer");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Det gick inte att förstå förfrågan");
        HttpResponse<String> directory = get("/organisationer?page=abc&sector=%00");
        assertThat(directory.statusCode()).isEqualTo(200);
    }
}
