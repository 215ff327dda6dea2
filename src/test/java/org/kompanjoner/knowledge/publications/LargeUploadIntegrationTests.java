package org.kompanjoner.knowledge.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.support.ServerTest;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A report far larger than the library takes, sent through the real servlet container: the coordinator
 * gets a page that explains it in their language, not a broken connection, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LargeUploadIntegrationTests extends ServerTest {

    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Settings settings;

    final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    String token(String path) throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("a form token on " + path).isTrue();
        return token.group(1);
    }

    @Test
    void aThirtyMegabyteReportIsAnsweredWithAPageThatExplainsItAndNothingIsStored() throws Exception {
        String email = person("Stora Filen", "stor", Role.COORDINATOR);
        String signIn = token("/logga-in");
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(url("/logga-in")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + URLEncoder.encode(signIn, StandardCharsets.UTF_8)
                                        + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                                        + URLEncoder.encode(TestPeople.PASSWORD, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String form = token("/admin/publikationer/ny");

        String boundary = "gransen" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {
            {"_csrf", form},
            {"kind", "REPORT"},
            {"title", "En mycket stor rapport"},
            {"authors", "Ljung, Anna"},
            {"year", "2020"},
            {"language", "sv"},
            {"summary", "Stor."}
        }) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 30 * 1024 * 1024));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(url("/admin/publikationer/ny")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body())
                .contains("<html lang=\"sv\"")
                .contains("för stort")
                .doesNotContain("Tomcat");
        assertThat(jdbc.sql("select count(*) from knowledge_publication")
                        .query(Long.class)
                        .single())
                .isZero();
        Path files = settings.dataDir().resolve("files");
        assertThat(!Files.exists(files) || Files.walk(files).noneMatch(Files::isRegularFile))
                .isTrue();
    }
}
