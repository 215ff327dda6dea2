package org.kompanjoner.knowledge.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 adapter over real HTTP against a small stand-in for an object store that does what S3 does
 * with the three calls: it checks each request's signature from the headers it received (with the
 * secret it knows, not the client's), keeps objects by bucket and key, answers 404 for a missing one
 * and 403 for a bad signature. No S3 server that runs in process resolves from Maven Central here, so
 * the signature itself is checked against AWS's published examples in {@link SignatureV4Tests}.
 */
class S3FileStoreTests {

    static final String ACCESS = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    HttpServer server;
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        requests.add(method + " " + path);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String names = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : names.split(";")) {
            signed.put(name, exchange.getRequestHeaders().getFirst(name));
        }
        String hash = SignatureV4.hex(SignatureV4.sha256(body));
        String expected =
                new SignatureV4(ACCESS, SECRET, "eu-north-1", "s3").authorization(method, path, Map.of(), signed, hash);
        if (!expected.equals(authorization) || !hash.equals(signed.get("x-amz-content-sha256"))) {
            answer(exchange, 403, "SignatureDoesNotMatch".getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (method) {
            case "PUT" -> {
                objects.put(path, body);
                answer(exchange, 200, new byte[0]);
            }
            case "GET" -> {
                byte[] object = objects.get(path);
                answer(exchange, object == null ? 404 : 200, object == null ? new byte[0] : object);
            }
            case "DELETE" -> {
                objects.remove(path);
                answer(exchange, 204, null);
            }
            default -> answer(exchange, 405, new byte[0]);
        }
    }

    static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    S3FileStore store(String secret) {
        return new S3FileStore(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                "kompanjoner-filer",
                "eu-north-1",
                ACCESS,
                secret,
                clock);
    }

    @Test
    void putsGetsAndDeletesAnObjectWithSignedRequests() {
        S3FileStore store = store(SECRET);
        byte[] pdf = "%PDF-1.7 en liten rapport".getBytes(StandardCharsets.US_ASCII);

        store.put("publications/abc123.pdf", pdf, "application/pdf");
        assertThat(objects).containsKey("/kompanjoner-filer/publications/abc123.pdf");
        assertThat(store.get("publications/abc123.pdf")).hasValue(pdf);

        store.delete("publications/abc123.pdf");
        assertThat(objects).isEmpty();
        assertThat(store.get("publications/abc123.pdf")).isEmpty();
        // Deleting what is not there is no error, as with S3.
        store.delete("publications/abc123.pdf");
        assertThat(requests)
                .containsExactly(
                        "PUT /kompanjoner-filer/publications/abc123.pdf",
                        "GET /kompanjoner-filer/publications/abc123.pdf",
                        "DELETE /kompanjoner-filer/publications/abc123.pdf",
                        "GET /kompanjoner-filer/publications/abc123.pdf",
                        "DELETE /kompanjoner-filer/publications/abc123.pdf");
    }

    @Test
    void aRefusedSignatureIsAnErrorAndNothingIsKept() {
        S3FileStore store = store("fel-hemlighet");
        assertThatThrownBy(() -> store.put("publications/x.pdf", new byte[] {1, 2, 3}, "application/pdf"))
                .hasMessageContaining("403");
        assertThat(objects).isEmpty();
    }
}
