package org.kompanjoner.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kompanjoner.KompanjonerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A second node beside a test's own application: the whole platform once more, with its own web server,
 * its own memory and its own data folder, on the same database, as the second node behind a load balancer
 * would be. It is started once for each application that asks and stopped with it.
 */
public final class SecondNode {

    /** The settings the second node takes over from the first, besides the database. */
    private static final List<String> SAME_SETTINGS = List.of(
            "kompanjoner.sessions",
            "kompanjoner.rate-limits",
            "kompanjoner.sign-in.failures-per-address",
            "kompanjoner.sign-in.failures-per-account");

    private static final Map<ApplicationContext, ConfigurableApplicationContext> STARTED = new ConcurrentHashMap<>();

    private SecondNode() {}

    /** The second node beside {@code first}, started now if it is not running yet. */
    public static ConfigurableApplicationContext beside(ApplicationContext first) {
        return STARTED.computeIfAbsent(first, SecondNode::start);
    }

    /** The port the node's web server listens on. */
    public static int port(ApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(ApplicationContext first) {
        // The address as bound: the test database's name holds a random part that a second look would
        // draw anew.
        DataSourceProperties database = first.getBean(DataSourceProperties.class);
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.getUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--server.port=0"));
        for (String setting : SAME_SETTINGS) {
            String value = first.getEnvironment().getProperty(setting);
            if (value != null) {
                arguments.add("--" + setting + "=" + value);
            }
        }
        ConfigurableApplicationContext second = new SpringApplicationBuilder(KompanjonerApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
        ((ConfigurableApplicationContext) first).addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                STARTED.remove(first);
                second.close();
            }
        });
        return second;
    }
}
