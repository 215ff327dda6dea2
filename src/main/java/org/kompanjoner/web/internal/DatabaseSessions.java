package org.kompanjoner.web.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Server sessions in the database ({@code kompanjoner.sessions=jdbc}), so that any node can serve any
 * request and a node can stop without signing anyone out. Off by default: a single node keeps its
 * sessions in the servlet container, and Spring Boot's own set-up of database sessions is switched off
 * (see {@code KompanjonerApplication}) so that the library being present changes nothing.
 *
 * <p>What stays the same either way: the cookie is http-only and same-site lax (Spring Boot applies the
 * {@code server.servlet.session.cookie} settings to this cookie too), a session ends after
 * {@code server.servlet.session.timeout} without activity and at the latest
 * {@code kompanjoner.session.absolute-lifetime} after sign-in ({@code SessionGuard} reads the time of
 * sign-in from the session), its id changes at sign-in, and signing out deletes it. The tables are made
 * by the web module's migrations; expired sessions are deleted by one node at a time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kompanjoner.sessions", havingValue = "jdbc")
@EnableJdbcHttpSession(tableName = DatabaseSessions.TABLE, cleanupCron = Scheduled.CRON_DISABLED)
class DatabaseSessions {

    /** Spring Session names the attributes table after this one, with {@code _attributes}. */
    static final String TABLE = "web_session";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return sessions -> sessions.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository sessions) {
        return new ExpiredSessions(sessions);
    }

    /**
     * Deletes expired sessions. Spring Session would do it every minute on every node; here it runs
     * under a lock, so nodes do not delete the same rows at once.
     */
    static class ExpiredSessions {

        private final JdbcIndexedSessionRepository sessions;

        ExpiredSessions(JdbcIndexedSessionRepository sessions) {
            this.sessions = sessions;
        }

        @Scheduled(fixedDelay = 300_000, initialDelay = 60_000)
        @SchedulerLock(name = "web-expired-sessions", lockAtMostFor = "PT10M")
        void deleteExpired() {
            sessions.cleanUpExpiredSessions();
        }
    }
}
