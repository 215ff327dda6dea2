import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load run against one server: each scenario gets the same concurrency and duration, the
 * scenarios take turns over several rounds (so drift on the machine hits all of them alike), and the
 * result is each scenario's throughput and p99 latency and its ratio to the plain baseline endpoint.
 *
 * <p>Usage: {@code java bench/LoadRun.java BASE_URL [seconds-per-round] [rounds] [concurrency]
 * [name=path ...]}; without scenarios it measures the pages of the foundation. Only loopback addresses
 * are accepted.
 */
public class LoadRun {

    record Scenario(String name, String path, String accept) {}

    record Result(long requests, long errors, long[] latenciesMicros, double seconds) {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("Load runs only against this machine (loopback), not " + host);
        }
        List<Scenario> scenarios = args.length > 4 ? given(args) : List.of(
                new Scenario("hello (liveness probe)", "/actuator/health/liveness", "application/json"),
                new Scenario("directory: text + 2 filters", "/organisationer?q=samarbete&sector=company&county=06", "text/html"),
                new Scenario("directory: first page", "/organisationer", "text/html"),
                new Scenario("organisation page", "/organisationer/vatterbygdens-bygg-ab", "text/html"),
                new Scenario("front page", "/", "text/html"));

        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        for (Scenario scenario : scenarios) {
            run(client, base, scenario, 2, Math.min(2, concurrency)); // warm-up
        }
        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Scenario scenario : scenarios) {
                results.computeIfAbsent(scenario.name(), ignored -> new ArrayList<>())
                        .add(run(client, base, scenario, seconds, concurrency));
            }
        }
        double baseline = throughput(results.get(scenarios.get(0).name()));
        System.out.printf("%nconcurrency %d, %d rounds of %d s per scenario, %s%n%n", concurrency, rounds, seconds, base);
        System.out.printf("%-30s %10s %10s %10s %8s%n", "scenario", "req/s", "p99 ms", "÷ hello", "errors");
        for (Map.Entry<String, List<Result>> entry : results.entrySet()) {
            double rps = throughput(entry.getValue());
            long errors = entry.getValue().stream().mapToLong(Result::errors).sum();
            System.out.printf(
                    "%-30s %10.0f %10.1f %10.3f %8d%n", entry.getKey(), rps, p99(entry.getValue()), rps / baseline, errors);
        }
    }

    /** The baseline plus scenarios given as "name=path" arguments after the first four. */
    static List<Scenario> given(String[] args) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("hello (liveness probe)", "/actuator/health/liveness", "application/json"));
        for (int i = 4; i < args.length; i++) {
            int split = args[i].indexOf('=');
            scenarios.add(new Scenario(args[i].substring(0, split), args[i].substring(split + 1), "text/html"));
        }
        return scenarios;
    }

    static Result run(HttpClient client, String base, Scenario scenario, int seconds, int concurrency)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + scenario.path()))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", scenario.accept())
                .build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = (System.nanoTime() - t0) / 1000;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(merged.length, errors.get(), merged, elapsed);
    }

    static double throughput(List<Result> results) {
        long requests = results.stream().mapToLong(Result::requests).sum();
        double seconds = results.stream().mapToDouble(Result::seconds).sum();
        return requests / seconds;
    }

    static double p99(List<Result> results) {
        long[] all = results.stream().flatMapToLong(result -> Arrays.stream(result.latenciesMicros())).sorted().toArray();
        return all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1000.0;
    }
}
