package org.kompanjoner.shared;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Work done once at start-up before the site opens its doors: it runs after every part of the application
 * is in place and before the web server takes its first request, so nobody is served a half-loaded site.
 * A lower {@code order} runs first.
 */
public abstract class BeforeOpening implements SmartLifecycle {

    /** The web server starts in this lifecycle phase (Spring Boot's {@code START_STOP_LIFECYCLE_PHASE}). */
    private static final int WEB_SERVER_STARTS = SmartLifecycle.DEFAULT_PHASE - 2048;

    private final int order;
    private final TransactionOperations transactions;
    private volatile boolean done;

    /** Work in one transaction of {@code transactions}, or {@link TransactionOperations#withoutTransaction()}. */
    protected BeforeOpening(int order, TransactionOperations transactions) {
        if (order < 1 || order > 100) {
            throw new IllegalArgumentException("An order between 1 and 100, so the web server still comes last");
        }
        this.order = order;
        this.transactions = transactions;
    }

    /** The work itself; an exception stops the start, as a failed start should. */
    protected abstract void beforeOpening() throws Exception;

    @Override
    public final void start() {
        if (done) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            try {
                beforeOpening();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        done = true;
    }

    @Override
    public final void stop() {
        // Nothing to undo: the work is done once.
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final int getPhase() {
        return WEB_SERVER_STARTS - 200 + order;
    }
}
