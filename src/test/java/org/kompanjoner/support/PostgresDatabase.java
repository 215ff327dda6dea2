package org.kompanjoner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The PostgreSQL database the PostgreSQL variants of the database tests run on, configured by
 * KOMPANJONER_TEST_DB_URL (with _USER and _PASSWORD). Without it those tests are skipped, and the build
 * output says so plainly.
 */
public final class PostgresDatabase {

    public static final String URL = "KOMPANJONER_TEST_DB_URL";
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private PostgresDatabase() {}

    public static boolean configured() {
        String url = System.getenv(URL);
        return url != null && !url.isBlank();
    }

    /**
     * Runs the annotated tests on the configured PostgreSQL database, and only when one is configured
     * (the user and password default to kompanjoner).
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Condition.class)
    @TestPropertySource(
            properties = {
                "spring.datasource.url=${KOMPANJONER_TEST_DB_URL:}",
                "spring.datasource.username=${KOMPANJONER_TEST_DB_USER:kompanjoner}",
                "spring.datasource.password=${KOMPANJONER_TEST_DB_PASSWORD:kompanjoner}",
                // Every test class with its own configuration keeps its application, and with it a pool,
                // for the classes after it: an idle pool keeps one connection, not twelve, or PostgreSQL's
                // hundred are taken before the last classes start.
                "spring.datasource.hikari.minimum-idle=1",
                "spring.datasource.hikari.idle-timeout=10000"
            })
    public @interface Required {}

    static final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (configured()) {
                return ConditionEvaluationResult.enabled("PostgreSQL configured");
            }
            String reason = "PostgreSQL tests SKIPPED: set " + URL
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/kompanjoner_test) to run them; .ci/run does.";
            if (TOLD.compareAndSet(false, true)) {
                System.out.println("\n*** " + reason + " ***\n");
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
