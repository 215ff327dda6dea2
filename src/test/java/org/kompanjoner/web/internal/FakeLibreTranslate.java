package org.kompanjoner.web.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small LibreTranslate-compatible server for tests: {@code POST /translate} answers with the text
 * prefixed by the target language ({@code [en] Hej}), or fails or dawdles when told to.
 */
public final class FakeLibreTranslate implements AutoCloseable {

    /** How the server answers. */
    public enum Mode {
        TRANSLATE,
        FAIL,
        SLOW
    }

    private final HttpServer server;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.TRANSLATE;

    public FakeLibreTranslate() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/translate", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = new HashMap<>();
            for (String pair : body.split("&")) {
                String[] parts = pair.split("=", 2);
                form.put(
                        URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            requests.add(form);
            if (mode == Mode.SLOW) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = mode == Mode.FAIL
                    ? "{\"error\":\"broken\"}".getBytes(StandardCharsets.UTF_8)
                    : ("{\"translatedText\":\"[" + form.get("target") + "] "
                                    + form.get("q")
                                            .replace("\\", "\\\\")
                                            .replace("\"", "\\\"")
                                            .replace("\n", "\\n")
                                    + "\"}")
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(mode == Mode.FAIL ? 500 : 200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answer(Mode mode) {
        this.mode = mode;
    }

    /** The forms received so far, oldest first. */
    public List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
