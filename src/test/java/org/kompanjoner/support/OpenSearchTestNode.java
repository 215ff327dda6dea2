package org.kompanjoner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.impl.Log4jProvider;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenSearch node inside the test JVM, started once (on first use) and stopped when the JVM
 * exits; every test that needs OpenSearch shares it, each under index names of its own. It needs
 * nothing but Maven Central: the node is a library. Its ports are taken from a range and read back,
 * since a fixed port would race with another build on the same machine, and its data lives under
 * {@code target/}.
 */
public final class OpenSearchTestNode {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchTestNode.class);

    private static final String LOG4J_PROVIDER = "log4j.provider";

    static {
        // OpenSearch 2.19 asserts that it runs on the Lucene it was built with (9.12.1); the application
        // brings a later patch release (9.12.3) of the same index format. The tests run with assertions
        // on, so the node's own are turned off before its first class loads.
        OpenSearchTestNode.class.getClassLoader().setPackageAssertionStatus("org.opensearch", false);
        // The node sets its loggers' levels through Log4j itself, while the application's Log4j calls go
        // to SLF4J. Log4j's own implementation must take them in this JVM (the build sets the same).
        System.setProperty(LOG4J_PROVIDER, System.getProperty(LOG4J_PROVIDER, Log4jProvider.class.getName()));
    }

    private static String url;

    private OpenSearchTestNode() {}

    /** The node's HTTP address, such as {@code http://127.0.0.1:19201}, starting the node if need be. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /**
     * Points a test context's search at this node ({@code kompanjoner.search=opensearch}), under index
     * names of its own: use it from a {@code @DynamicPropertySource} method.
     */
    public static void use(DynamicPropertyRegistry registry) {
        String prefix = "test-" + UUID.randomUUID();
        registry.add("kompanjoner.search", () -> "opensearch");
        registry.add("kompanjoner.opensearch.url", OpenSearchTestNode::url);
        registry.add("kompanjoner.opensearch.index-prefix", () -> prefix);
    }

    private static String start() {
        if (!(LogManager.getContext(false) instanceof org.apache.logging.log4j.core.LoggerContext)) {
            throw new IllegalStateException("Log4j started before the OpenSearch test node with another provider: "
                    + "run the tests with -D" + LOG4J_PROVIDER + "=" + Log4jProvider.class.getName());
        }
        long started = System.nanoTime();
        Path base;
        try {
            Files.createDirectories(Path.of("target"));
            base = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "opensearch-node-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpenSearchRunner runner = new OpenSearchRunner();
        // The ports come from the ranges below; the runner's own port probing is left out.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> settings
                // One node of its own: it must never look for, or join, another build's node.
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "19200-19399")
                .put("transport.port", "19400-19599")
                // The test machine's disk may be fuller than a server's; the node must still write.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // The node shares the test JVM's heap with everything else: the real-memory breaker
                // would count the tests' objects as the node's and refuse requests.
                .put("indices.breaker.total.use_real_memory", false)
                .put("indices.memory.index_buffer_size", "16mb")
                .put("indices.queries.cache.size", "16mb")
                .put("indices.fielddata.cache.size", "16mb")
                .put("node.processors", 1)
                .put("action.auto_create_index", false));
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(base.toString())
                .numOfNode(1)
                .baseHttpPort(19199)
                .clusterName("kompanjoner-tests-" + ProcessHandle.current().pid())
                .disableESLogger()
                .useLogger());
        runner.ensureYellow();
        int port = runner.node()
                .injector()
                .getInstance(HttpServerTransport.class)
                .boundAddress()
                .publishAddress()
                .getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runner, base), "opensearch-test-node-stop"));
        log.info(
                "OpenSearch test node started on port {} in {} ms",
                port,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return "http://127.0.0.1:" + port;
    }

    private static void stop(OpenSearchRunner runner, Path base) {
        try {
            runner.close();
        } catch (IOException | RuntimeException e) {
            // The JVM is ending; what is left under target/ goes with the next clean.
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // As above.
        }
    }
}
