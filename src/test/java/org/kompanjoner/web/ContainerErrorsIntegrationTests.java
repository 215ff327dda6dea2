package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests the servlet container itself refuses, or that fail before any controller, through a real
 * Tomcat: every answer carries the same security headers as any page, and is the platform's own error
 * page in the reader's language, never Tomcat's or a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContainerErrorsIntegrationTests {

    @LocalServerPort
    int port;

    /** A response as read off the socket: status, headers (names in lower case) and body. */
    record Raw(int status, Map<String, String> headers, String body) {}

    /** Sends {@code head} (request line and headers, without the blank line) as it is, byte for byte. */
    Raw raw(String head) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
        }
    }

    static void assertGuarded(Map<String, String> headers) {
        assertThat(headers.get("content-security-policy"))
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /a|b HTTP/1.1",
                "GET /a{b} HTTP/1.1",
                "GET /%zz HTTP/1.1",
                "GET /annonser/%2Fetc HTTP/1.1",
                "GET /a%00b HTTP/1.1",
                "GET /annonser/../../etc HTTP/1.1",
                "GET / HTTP/1.1\r\nBad Header: x",
                "GET /a;x=%zz HTTP/1.1"
            })
    void aRequestRefusedBeforeAnyPageGetsTheGuardedErrorPage(String request) throws Exception {
        Raw response = raw(request + "\r\nHost: localhost");
        assertThat(response.status()).as(request).isEqualTo(400);
        assertGuarded(response.headers());
        assertThat(response.body())
                .contains("<html lang=\"sv\"")
                .contains("Det gick inte att förstå förfrågan")
                .doesNotContain("Tomcat")
                .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/9.9", "GET /?q=%zz HTTP/1.1"})
    void everyOtherRefusalIsGuardedToo(String request) throws Exception {
        Raw response = raw(request + "\r\nHost: localhost");
        assertThat(response.status()).as(request).isBetween(400, 505).isNotEqualTo(500);
        assertGuarded(response.headers());
        assertThat(response.body()).doesNotContain("Tomcat");
    }

    @org.junit.jupiter.api.Test
    void anOrdinaryPageCarriesEachHeaderOnce() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        for (String header :
                java.util.List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options")) {
            assertThat(page.headers().allValues(header)).as(header).hasSize(1);
        }
    }

    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void aTextFieldSentAsAFileIsABadRequestPageInTheReadersLanguage(String language) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI signUp = URI.create("http://localhost:" + port + "/registrera");
        String form = client.send(
                        HttpRequest.newBuilder(signUp)
                                .header("Cookie", "lang=" + language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = TOKEN.matcher(form);
        assertThat(token.find()).isTrue();
        String boundary = "gransen" + System.nanoTime();
        String body = String.join(
                "\r\n",
                "--" + boundary,
                "Content-Disposition: form-data; name=\"_csrf\"",
                "",
                token.group(1),
                "--" + boundary,
                "Content-Disposition: form-data; name=\"displayName\"",
                "",
                "Fia Fil",
                "--" + boundary,
                "Content-Disposition: form-data; name=\"email\"; filename=\"email.txt\"",
                "Content-Type: text/plain",
                "",
                "fia@exempel.se",
                "--" + boundary + "--",
                "");
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(signUp)
                        .header("Cookie", "lang=" + language)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(response.body())
                .contains(
                        "sv".equals(language)
                                ? "Det gick inte att förstå förfrågan"
                                : "The request could not be understood");
    }
}
