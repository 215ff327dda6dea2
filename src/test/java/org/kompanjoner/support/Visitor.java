package org.kompanjoner.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person with a browser's memory of cookies and of the last form token, talking to a running server
 * over real HTTP: for tests that need the servlet container, its threads and its connection pool, which
 * MockMvc leaves out. Many visitors share one HTTP client, as many people share the internet.
 */
public final class Visitor {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final String base;
    private final Map<String, String> cookies;
    private final AtomicReference<String> token;
    private final String forwardedFor;

    public Visitor(int port) {
        this(port, new ConcurrentHashMap<>(), new AtomicReference<>(), null);
    }

    private Visitor(int port, Map<String, String> cookies, AtomicReference<String> token, String forwardedFor) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.token = token;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same browser, with the same cookies and form token, reaching the platform's node on {@code port}
     * instead, as a load balancer may send any request to any node.
     */
    public Visitor on(int port) {
        return new Visitor(port, cookies, token, forwardedFor);
    }

    /**
     * The same browser seen through a reverse proxy that names {@code clientAddress} as the client
     * ({@code X-Forwarded-For}), as nodes run with {@code server.forward-headers-strategy=native} count it.
     */
    public Visitor from(String clientAddress) {
        return new Visitor(port, cookies, token, clientAddress);
    }

    /** What came back, and how long it took from sending to the last byte. */
    public record Response(int status, Map<String, List<String>> headers, String body, Duration took) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        public String location() {
            return header("Location").orElse("");
        }

        @Override
        public String toString() {
            return status + " in " + took.toMillis() + " ms"
                    + header("Retry-After")
                            .map(seconds -> ", Retry-After " + seconds)
                            .orElse("")
                    + header("Location").map(location -> ", to " + location).orElse("");
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the token of the last page that had one, as a browser would. */
    public Response post(String path, String... nameValuePairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (token.get() != null) {
            fields.put("_csrf", token.get());
        }
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            fields.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a form with one file, as {@code multipart/form-data}, with the token of the last page that had
     * one, as a browser would.
     */
    public Response postFile(String path, String fileField, String fileName, byte[] content, String... nameValuePairs) {
        String boundary = "----Visitor" + Long.toHexString(System.nanoTime());
        Map<String, String> fields = new LinkedHashMap<>();
        if (token.get() != null) {
            fields.put("_csrf", token.get());
        }
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            fields.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(start, content, end))));
    }

    /** Signs in through the sign-in form; true when the server let them in. */
    public boolean signIn(String email, String password) {
        get("/logga-in");
        Response response = post("/logga-in", "email", email, "password", password);
        return response.status() == 302 && !response.location().contains("/logga-in");
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    /** The value of the cookie {@code name}, if the browser holds one. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private Response send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(60));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from the server: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String value = pair.substring(equals + 1);
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(pair.substring(0, equals));
                } else {
                    cookies.put(pair.substring(0, equals), value);
                }
            }
        }
        Matcher found = TOKEN.matcher(response.body());
        if (found.find()) {
            token.set(found.group(1));
        }
        return new Response(response.statusCode(), response.headers().map(), response.body(), took);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
