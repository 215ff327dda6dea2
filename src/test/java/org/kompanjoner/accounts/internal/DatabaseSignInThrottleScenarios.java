package org.kompanjoner.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.support.AtOnce;
import org.kompanjoner.support.HeldLock;
import org.kompanjoner.support.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in throttling counted in the database: failures a guesser spreads over two nodes (each with its
 * own memory, as a load balancer spreads them) hold back the next try on both, and failures arriving at
 * once are all counted. The cap per address is 30 here ({@code SharedNodes}).
 */
abstract class DatabaseSignInThrottleScenarios {

    @Autowired
    ApplicationContext context;

    @Autowired
    SignInThrottle nodeA;

    @Autowired
    DatabaseSignInFailures failures;

    @Autowired
    JdbcClient jdbc;

    SignInThrottle nodeB;

    @BeforeEach
    void startTheOtherNode() {
        nodeB = SecondNode.beside(context).getBean(SignInThrottle.class);
        assertThat(nodeB).as("each node has its own throttle").isNotSameAs(nodeA);
    }

    @Test
    void failuresOnTwoNodesHoldThePairBackOnBoth() {
        String account = unique("pair") + "@example.se";
        String address = unique("10.6.");
        for (int i = 0; i < 3; i++) {
            nodeA.failed(account, address, false);
            nodeB.failed(account, address, false);
        }
        assertThat(nodeA.check(account, address, false))
                .hasValueSatisfying(wait -> assertThat(wait.hold()).isEqualTo(SignInThrottle.Hold.PAIR));
        assertThat(nodeB.check(account, address, false))
                .hasValueSatisfying(wait -> assertThat(wait.hold()).isEqualTo(SignInThrottle.Hold.PAIR));
        assertThat(nodeA.check(account, unique("10.7."), false))
                .as("the owner elsewhere")
                .isEmpty();

        nodeB.succeeded(account, address);
        assertThat(nodeA.check(account, address, false))
                .as("after a success on the other node")
                .isEmpty();
    }

    @Test
    void failuresForOneAccountFromManyAddressesOnTwoNodesReachItsCeiling() {
        String account = unique("account") + "@example.se";
        for (int i = 0; i < 20; i++) {
            (i % 2 == 0 ? nodeA : nodeB).failed(account, unique("10.8."), false);
        }
        assertThat(nodeA.check(account, unique("10.9."), false))
                .hasValueSatisfying(wait -> assertThat(wait.hold()).isEqualTo(SignInThrottle.Hold.ACCOUNT));
        assertThat(nodeB.check(account, unique("10.9."), true))
                .as("from a browser the owner used")
                .isEmpty();
    }

    @Test
    void fiftyFailuresAtOnceOnTwoNodesAreAllCountedAndTheAddressCapHolds() throws Exception {
        String account = unique("burst") + "@example.se";
        String address = unique("10.10.");
        AtOnce.run(50, number -> {
            (number % 2 == 0 ? nodeA : nodeB).failed(account, address, true);
            return number;
        });

        assertThat(failures.of(account + "|" + address))
                .hasValueSatisfying(counted -> assertThat(counted.count()).isEqualTo(50));
        assertThat(jdbc.sql("select used from web_rate_limit where scope = 'sign-in-address' and subject = ?")
                        .param(SecretToken.hashOf(address))
                        .query(Long.class)
                        .single())
                .as("failures counted against the address, capped at its limit")
                .isEqualTo(30);
        assertThat(nodeB.check(unique("someone") + "@example.se", address, true))
                .hasValueSatisfying(wait -> assertThat(wait.hold()).isEqualTo(SignInThrottle.Hold.ADDRESS));
    }

    @Test
    void thePairIsNotKeptInTheClear() {
        String account = unique("clear") + "@example.se";
        nodeA.failed(account, "10.11.0.1", true);
        assertThat(jdbc.sql("select count(*) from accounts_sign_in_failure where pair_hash like ?")
                        .param("%" + account + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(failures.of(account + "|10.11.0.1")).isPresent();
    }

    @Test
    void oldFailuresAreForgottenByOneNodeAtATime() {
        String account = unique("old") + "@example.se";
        nodeA.failed(account, "10.12.0.1", true);
        String pair = account + "|10.12.0.1";
        jdbc.sql("update accounts_sign_in_failure set last_failure_at = ? where pair_hash = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(2))), SecretToken.hashOf(pair))
                .update();

        try (HeldLock held = HeldLock.byAnotherNode(jdbc, "accounts-sign-in-failures-cleanup")) {
            failures.forgetOldFailures();
            assertThat(failures.of(pair))
                    .as("while another node holds the job's lock")
                    .isPresent();
        }
        failures.forgetOldFailures();
        assertThat(failures.of(pair)).as("once this node may run the job").isEmpty();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
