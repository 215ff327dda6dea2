package org.kompanjoner.knowledge.publications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files in a bucket of an S3-compatible object store ({@code kompanjoner.files=s3}), for several nodes
 * sharing one set of files. Three calls (PUT, GET and DELETE of an object) signed with Signature
 * Version 4 over the JDK's HTTP client; path-style addresses ({@code endpoint/bucket/key}), which every
 * S3-compatible store understands.
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.files", havingValue = "s3")
class S3FileStore implements FileStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String bucket;
    private final SignatureV4 signature;
    private final Clock clock;
    private final HttpClient http;

    S3FileStore(
            @Value("${kompanjoner.s3.endpoint}") String endpoint,
            @Value("${kompanjoner.s3.bucket}") String bucket,
            @Value("${kompanjoner.s3.region:us-east-1}") String region,
            @Value("${kompanjoner.s3.access-key}") String accessKey,
            @Value("${kompanjoner.s3.secret-key}") String secretKey,
            Clock clock) {
        this.endpoint = URI.create(endpoint.replaceAll("/+$", ""));
        this.bucket = bucket;
        this.signature = new SignatureV4(accessKey, secretKey, region, "s3");
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        HttpResponse<byte[]> response = send("PUT", key, content, Map.of("content-type", contentType));
        if (response.statusCode() / 100 != 2) {
            throw failed("PUT", key, response);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        HttpResponse<byte[]> response = send("GET", key, new byte[0], Map.of());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw failed("GET", key, response);
        }
        return Optional.of(response.body());
    }

    @Override
    public void delete(String key) {
        HttpResponse<byte[]> response = send("DELETE", key, new byte[0], Map.of());
        // S3 answers 204 whether the object was there or not; some stores answer 404 for a missing one.
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw failed("DELETE", key, response);
        }
    }

    private HttpResponse<byte[]> send(String method, String key, byte[] content, Map<String, String> extra) {
        String path = endpoint.getRawPath() + "/" + SignatureV4.encode(bucket) + "/"
                + Arrays.stream(key.split("/")).map(SignatureV4::encode).collect(Collectors.joining("/"));
        String payloadHash = SignatureV4.hex(SignatureV4.sha256(content));
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("host", endpoint.getHost() + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort()));
        headers.put("x-amz-date", SignatureV4.stamp(ZonedDateTime.now(clock)));
        headers.put("x-amz-content-sha256", payloadHash);
        String authorization = signature.authorization(method, path, Map.of(), headers, payloadHash);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Authorization", authorization);
        // The client sets the host itself, from the address: the same value as signed.
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static IllegalStateException failed(String method, String key, HttpResponse<byte[]> response) {
        return new IllegalStateException("The object store answered " + response.statusCode() + " to " + method + " "
                + key + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
