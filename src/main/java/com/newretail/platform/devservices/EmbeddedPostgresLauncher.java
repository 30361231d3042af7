package com.newretail.platform.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL from the zonky embedded binaries. Used by dev mode and by the tests only:
 * zonky is an optional dependency that the packaged application does not contain, so nothing in
 * production may load this class.
 */
public final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDir}. With {@code keepData} the data survives a
     * restart (dev mode); otherwise it is deleted when the server is closed (tests).
     */
    public static EmbeddedPostgres start(Path workDir, Path dataDir, boolean keepData, boolean registerShutdownHook) {
        try {
            Files.createDirectories(workDir);
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setRegisterShutdownHook(registerShutdownHook)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // Per-statement counts for tests that prove a request ran no SQL (and for looking at dev's SQL).
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Entry point for callers that load this class by reflection: returns the port. */
    public static int startKeepingData(String workDir, String dataDir) {
        return start(Path.of(workDir), Path.of(dataDir), true, false).getPort();
    }
}
