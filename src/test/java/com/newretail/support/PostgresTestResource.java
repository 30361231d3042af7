package com.newretail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.newretail.platform.devservices.EmbeddedPostgresLauncher;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real, throw-away PostgreSQL for one test run (zonky binaries from Maven), under target/. Used by
 * the {@code @QuarkusTest} suites and by the integration tests of the packaged app.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        Path base = Path.of(System.getProperty("newretail.project.dir", ".")).resolve("target/test-postgres");
        postgres = EmbeddedPostgresLauncher.start(base.resolve("work"), base.resolve("data-" + UUID.randomUUID()), false, true);
        int port = postgres.getPort();
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"));
        // The packaged app of the integration tests is launched with what this returns: its management
        // interface goes to the port the build reserved (Quarkus 3.33 does not pass the test port on).
        String managementPort = System.getProperty("quarkus.management.test-port");
        if (managementPort != null && !"0".equals(managementPort)) {
            config.put("quarkus.management.port", managementPort);
        }
        return config;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
