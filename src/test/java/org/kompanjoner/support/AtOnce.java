package org.kompanjoner.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Many calls at the same moment: each on a thread of its own, all released together. */
public final class AtOnce {

    private AtOnce() {}

    /** Calls {@code call} with 0 to {@code size - 1}, all at once; the answers in that order. */
    public static <T> List<T> run(int size, IntFunction<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(size);
        try {
            CountDownLatch ready = new CountDownLatch(size);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int number = i;
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(number);
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
