package org.kompanjoner.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that touch shared data run on one node at a time: a method with {@code @SchedulerLock}
 * first takes its named lock in the {@code shedlock} table, and a node that finds it taken skips that
 * run. The database's clock decides when a lock has run out, so nodes whose clocks differ agree. A lock
 * is released when its run ends, and held at most {@code lockAtMostFor} (30 minutes unless the job says
 * otherwise) should a node die while holding it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
