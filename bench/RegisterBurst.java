import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 200 members, each signed in in a browser of their own, press "register" for the same 50-seat event at
 * the same moment. Prints how long until every one of them had an answer that stuck (a refusal to come
 * back, 429 or 503, is retried after its Retry-After, as a browser's user would), and how many were told
 * to come back.
 *
 * <p>Usage: {@code java bench/RegisterBurst.java BASE_URL EVENT_ID PASSWORD}
 */
public class RegisterBurst {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long event = Long.parseLong(args[1]);
        String password = args[2];
        int people = 200;
        List<HttpClient> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String token = csrf(client.send(get(base + "/logga-in"), HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> signedIn = client.send(
                    post(base + "/logga-in", "email=" + enc("bench-" + i + "@bench.example") + "&password=" + enc(password)
                            + "&_csrf=" + enc(token)),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("logga-in")) {
                throw new IllegalStateException("bench-" + i + " could not sign in: " + signedIn.statusCode());
            }
            clients.add(client);
            tokens.add(csrf(client.send(get(base + "/evenemang/" + event), HttpResponse.BodyHandlers.ofString()).body()));
        }
        ExecutorService threads = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger toldToComeBack = new AtomicInteger();
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            HttpClient client = clients.get(i);
            String token = tokens.get(i);
            done.add(threads.submit(() -> {
                start.await();
                while (true) {
                    HttpResponse<String> answer = client.send(
                            post(base + "/evenemang/" + event + "/anmal", "_csrf=" + enc(token)),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 302) {
                        return System.nanoTime();
                    }
                    if (answer.statusCode() != 429 && answer.statusCode() != 503) {
                        throw new IllegalStateException("Answer " + answer.statusCode());
                    }
                    toldToComeBack.incrementAndGet();
                    long wait = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                    Thread.sleep(wait * 1000);
                }
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        long last = began;
        for (Future<Long> each : done) {
            last = Math.max(last, each.get());
        }
        threads.shutdown();
        System.out.printf(
                "200 concurrent registrations for 50 seats: all answered in %.2f s; %d answers were 'come back' (429/503) and retried%n",
                (last - began) / 1e9, toldToComeBack.get());
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No form token on the page");
        }
        return matcher.group(1);
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
    }

    static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
