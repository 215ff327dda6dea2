package org.kompanjoner.web.internal;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks the two settings that let several nodes share one database, and says at start-up where this
 * node keeps sessions and rate limits. A mistyped value would otherwise quietly mean the single-node
 * default, and an operator would believe the nodes share what they do not.
 */
@Component
class NodeSharing {

    private static final Logger log = LoggerFactory.getLogger(NodeSharing.class);

    NodeSharing(
            @Value("${kompanjoner.sessions:container}") String sessions,
            @Value("${kompanjoner.rate-limits:memory}") String rateLimits) {
        check("kompanjoner.sessions", sessions, List.of("container", "jdbc"));
        check("kompanjoner.rate-limits", rateLimits, List.of("memory", "database"));
        log.info(
                "Sessions: {}; rate limits: {}",
                sessions.equalsIgnoreCase("jdbc") ? "in the database" : "in this node's servlet container",
                rateLimits.equalsIgnoreCase("database") ? "counted in the database" : "counted in this node's memory");
    }

    private static void check(String setting, String value, List<String> allowed) {
        if (!allowed.contains(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException(setting + " is " + value + ": it must be one of " + allowed);
        }
    }
}
