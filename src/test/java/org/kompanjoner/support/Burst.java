package org.kompanjoner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Many requests at the same moment, while another visitor keeps reading a page: what a popular event or
 * a mail to every member brings. Each request gets a thread of its own and all are released together.
 */
public final class Burst {

    /** No request may take longer than this, whether it is answered, queued or refused. */
    public static final Duration SLOWEST = Duration.ofSeconds(5);

    private Burst() {}

    /** The answers to the burst and to the reader who kept reading meanwhile. */
    public record Outcome(List<Visitor.Response> answers, List<Visitor.Response> reads) {

        public long count(int status) {
            return answers.stream().filter(answer -> answer.status() == status).count();
        }

        /**
         * Every request answered, queued or refused in good order: no server error but a 503 that says
         * when to come back, a 429 that says it too, none slower than {@link #SLOWEST}, and the reader
         * answered at once throughout.
         */
        public Outcome assertHeld() {
            assertThat(answers).as("answers to the burst").isNotEmpty().allSatisfy(Burst::assertOrderly);
            assertThat(reads).as("pages read during the burst").isNotEmpty().allSatisfy(read -> {
                assertThat(read.status()).as("a page read during the burst").isEqualTo(200);
                assertThat(read.took()).as("a page read during the burst").isLessThan(SLOWEST);
            });
            return this;
        }

        public String summary() {
            return answers.stream()
                    .collect(Collectors.groupingBy(Visitor.Response::status, Collectors.counting()))
                    .toString();
        }
    }

    public static void assertOrderly(Visitor.Response answer) {
        assertThat(answer.status())
                .as(() -> "status (body starts: " + start(answer.body()) + ")")
                .isNotEqualTo(500)
                .isLessThan(504);
        if (answer.status() == 503 || answer.status() == 429) {
            assertThat(answer.header("Retry-After"))
                    .as("Retry-After on " + answer.status())
                    .isPresent();
        }
        assertThat(answer.took()).as("time to answer").isLessThan(SLOWEST);
    }

    private static String start(String body) {
        return body.length() > 300 ? body.substring(0, 300) : body;
    }

    /**
     * Sends {@code size} requests at once ({@code request} gets the number of each) while {@code read}
     * is repeated every 100 ms until all are answered.
     */
    public static Outcome of(int size, IntFunction<Visitor.Response> request, Supplier<Visitor.Response> read)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(size + 1);
        try {
            CountDownLatch ready = new CountDownLatch(size);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Visitor.Response>> sent = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int number = i;
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(number);
                }));
            }
            List<Visitor.Response> reads = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean done = new AtomicBoolean();
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            Future<?> reader = threads.submit(() -> {
                while (!done.get()) {
                    reads.add(read.get());
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            List<Visitor.Response> answers = new ArrayList<>();
            for (Future<Visitor.Response> answer : sent) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
            done.set(true);
            reader.get(1, TimeUnit.MINUTES);
            return new Outcome(answers, List.copyOf(reads));
        } finally {
            threads.shutdownNow();
        }
    }
}
