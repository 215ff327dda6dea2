package org.kompanjoner.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Changes take turns. At most a few requests that change something (every method but GET, HEAD and
 * OPTIONS) run at once; the rest wait in line, first come first served, and one that has waited too long
 * is told to come back (503 with Retry-After) instead of waiting on. The number is kept below the size of
 * the database connection pool, so that a burst of sign-ups or answers to one listing can never take every
 * connection: pages keep being read while the burst is worked through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class WriteQueue extends OncePerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Semaphore turns;
    private final Duration longestWait;

    WriteQueue(
            @Value("${kompanjoner.web.concurrent-changes:6}") int concurrentChanges,
            @Value("${kompanjoner.web.longest-wait-for-change:PT2S}") Duration longestWait) {
        this.turns = new Semaphore(concurrentChanges, true);
        this.longestWait = longestWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
