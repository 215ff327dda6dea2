package org.kompanjoner.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kompanjoner.shared.SecretToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Failed sign-ins in the database ({@code kompanjoner.rate-limits=database}), so that a guesser who is
 * spread over several nodes by the load balancer meets one count. The pair of account and address is
 * kept as a hash. A failure locks its row while it counts, so failures arriving at once on several nodes
 * are all counted.
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.rate-limits", havingValue = "database")
class DatabaseSignInFailures implements SignInFailures {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    DatabaseSignInFailures(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<Failures> of(String pair) {
        return jdbc.sql("select failures, last_failure_at from accounts_sign_in_failure where pair_hash = ?")
                .param(SecretToken.hashOf(pair))
                .query((row, number) ->
                        new Failures(row.getInt(1), row.getTimestamp(2).toInstant()))
                .optional();
    }

    @Override
    public void add(String pair, Instant at) {
        String hash = SecretToken.hashOf(pair);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into accounts_sign_in_failure (pair_hash, failures, last_failure_at) values (?, 0, ?)
                    on conflict do nothing
                    """).params(hash, Timestamp.from(at)).update();
            jdbc.sql("select failures from accounts_sign_in_failure where pair_hash = ? for update")
                    .param(hash)
                    .query(Integer.class)
                    .single();
            jdbc.sql("""
                    update accounts_sign_in_failure set failures = failures + 1, last_failure_at = ?
                    where pair_hash = ?
                    """).params(Timestamp.from(at), hash).update();
        });
    }

    @Override
    public void clear(String pair) {
        jdbc.sql("delete from accounts_sign_in_failure where pair_hash = ?")
                .param(SecretToken.hashOf(pair))
                .update();
    }

    /** Pairs whose last failure is a day old are forgotten, by one node at a time. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    @SchedulerLock(name = "accounts-sign-in-failures-cleanup", lockAtMostFor = "PT10M")
    void forgetOldFailures() {
        forgetBefore(Instant.now().minus(SignInThrottle.FORGOTTEN_AFTER));
    }

    int forgetBefore(Instant horizon) {
        return jdbc.sql("delete from accounts_sign_in_failure where last_failure_at < ?")
                .param(Timestamp.from(horizon))
                .update();
    }
}
