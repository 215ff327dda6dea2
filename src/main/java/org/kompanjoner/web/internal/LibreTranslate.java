package org.kompanjoner.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kompanjoner.web.MachineTranslation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Machine translation by a LibreTranslate server the operator runs (or trusts): {@code POST /translate}
 * with the text, its language and the language wanted, answered with {@code translatedText}. Short
 * timeouts, since a person waits for the form: a server that is down or slow leaves the form as it was
 * with a message, never an error page.
 */
public class LibreTranslate implements MachineTranslation {

    private static final Logger log = LoggerFactory.getLogger(LibreTranslate.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient client;

    public LibreTranslate(String url, String apiKey, Duration timeout) {
        this.endpoint = URI.create(url.replaceAll("/+$", "") + "/translate");
        this.apiKey = apiKey == null ? "" : apiKey.strip();
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<String> translate(String text, String from, String to) {
        if (text == null || text.isBlank()) {
            return Optional.of(text == null ? "" : text);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", text);
        form.put("source", from);
        form.put("target", to);
        form.put("format", "text");
        if (!apiKey.isEmpty()) {
            form.put("api_key", apiKey);
        }
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("Machine translation answered {}", response.statusCode());
                return Optional.empty();
            }
            JsonNode translated = JSON.readTree(response.body()).get("translatedText");
            return translated == null || !translated.isString() ? Optional.empty() : Optional.of(translated.asString());
        } catch (IOException | RuntimeException failed) {
            log.warn("Machine translation failed: {}", failed.toString());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
