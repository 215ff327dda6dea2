package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * Server sessions are made only for someone who needs one (a person signing in, a form that must carry
 * a token), never for a visitor reading pages or a load balancer asking for health: each session takes
 * memory for half an hour, and probes alone would otherwise fill it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SessionsIntegrationTests.Counting.class)
class SessionsIntegrationTests {

    static final List<String> READ_WITHOUT_SESSION = List.of(
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/",
            "/annonser",
            "/annonser?q=kompetens&direction=SEEKING",
            "/listings",
            "/organisationer",
            "/tillganglighet",
            "/integritet",
            "/finns-inte",
            "/favicon.ico");

    @LocalServerPort
    int port;

    @Autowired
    AtomicInteger sessionsCreated;

    @Autowired
    ApplicationContext context;

    @TestConfiguration
    static class Counting {
        @Bean
        AtomicInteger sessionsCreated() {
            return new AtomicInteger();
        }

        @Bean
        HttpSessionListener countingListener(AtomicInteger sessionsCreated) {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    sessionsCreated.incrementAndGet();
                }
            };
        }
    }

    @Test
    void readingPagesAndAskingForHealthCreatesNoSession() {
        int before = sessionsCreated.get();
        for (String path : READ_WITHOUT_SESSION) {
            for (int i = 0; i < 5; i++) {
                Visitor visitor = new Visitor(port);
                Visitor.Response response = visitor.get(path);
                assertThat(response.status()).as(path).isLessThan(500);
                assertThat(visitor.hasCookie("JSESSIONID"))
                        .as("a session cookie for " + path)
                        .isFalse();
            }
        }
        assertThat(sessionsCreated.get() - before).isZero();
    }

    @Test
    void sessionsStayInTheServletContainerUnlessTheDatabaseIsAskedFor() {
        // Spring Session is on the class path; without kompanjoner.sessions=jdbc it must change nothing.
        assertThat(context.getBeanNamesForType(SessionRepository.class)).isEmpty();
        assertThat(context.containsBean("springSessionRepositoryFilter")).isFalse();
        Visitor visitor = new Visitor(port);
        visitor.get("/logga-in");
        assertThat(visitor.hasCookie("JSESSIONID")).isTrue();
        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }

    @Test
    void aFormThatNeedsATokenStillGetsOneAndWorks() {
        Visitor visitor = new Visitor(port);
        visitor.get("/logga-in");
        assertThat(visitor.hasCookie("JSESSIONID")).isTrue();
        Visitor.Response refused =
                visitor.post("/logga-in", "email", "nobody@example.se", "password", "wrong-password");
        assertThat(refused.status()).as("a wrong password, not a missing token").isEqualTo(401);
    }
}
