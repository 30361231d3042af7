package com.newretail.platform.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Makes {@code ./mvnw quarkus:dev} work on a machine with only a JDK: starts a real PostgreSQL
 * (zonky binaries) and a real Keycloak (the Maven dist) and points the datasource and OIDC at them.
 *
 * <p>Acts only in dev mode, never in tests, a packaged app or a native image, and never for a
 * service whose URL the user configured. Quarkus calls factories several times per JVM (build-time
 * augmentation, runtime, live reloads), each time from a fresh class loader, so "already started"
 * lives in system properties, not in static fields.
 */
public class DevServicesConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevServicesConfigSourceFactory.class);

    static final String PG_PORT_PROPERTY = "newretail.devservices.postgres-port";
    static final String KC_PORT_PROPERTY = "newretail.devservices.keycloak-port";
    static final String DATASOURCE_URL = "quarkus.datasource.reactive.url";
    static final String OIDC_URL = "quarkus.oidc.auth-server-url";
    /** Ordinal above application.properties (250), below environment variables (300). */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!active(context)) {
            return List.of();
        }
        Path projectDir = Path.of("").toAbsolutePath();
        Path servicesDir = projectDir.resolve("target/dev-services");
        Map<String, String> properties = new HashMap<>();
        Process keycloak = null;
        int keycloakPort = 0;
        if (!userConfigured(context, OIDC_URL)) {
            keycloakPort = intValue(context, "newretail.dev.keycloak-port", 8180);
            keycloak = startKeycloakIfNeeded(projectDir, servicesDir, keycloakPort);
            properties.put(OIDC_URL, KeycloakLauncher.realmUrl(keycloakPort));
            properties.put("quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:" + keycloakPort);
        }
        if (!userConfigured(context, DATASOURCE_URL) && !userConfigured(context, "quarkus.datasource.jdbc.url")) {
            int pgPort = startPostgresIfNeeded(servicesDir);
            properties.put(DATASOURCE_URL, "postgresql://127.0.0.1:" + pgPort + "/postgres");
            properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres");
            properties.put("quarkus.datasource.username", "postgres");
            properties.put("quarkus.datasource.password", "postgres");
        }
        if (keycloakPort != 0 && !KeycloakLauncher.realmServed(keycloakPort)) {
            LOG.infof("Waiting for dev Keycloak on port %d (first start takes about a minute)", keycloakPort);
            KeycloakLauncher.awaitRealm(keycloak, keycloakPort, Duration.ofMinutes(4),
                    servicesDir.resolve("keycloak.log"));
            LOG.infof("Dev Keycloak ready: %s (admin console user %s / %s)",
                    KeycloakLauncher.realmUrl(keycloakPort), KeycloakLauncher.BOOTSTRAP_ADMIN,
                    KeycloakLauncher.BOOTSTRAP_ADMIN_PASSWORD);
        }
        return List.of(new PropertiesConfigSource(properties, "newretail-dev-services", ORDINAL));
    }

    private static boolean active(ConfigSourceContext context) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT || !context.getProfiles().contains("dev")) {
            return false;
        }
        if (System.getProperty("org.graalvm.nativeimage.imagecode") != null) {
            return false;
        }
        ConfigValue enabled = context.getValue("newretail.dev-services.enabled");
        return enabled == null || enabled.getValue() == null || Boolean.parseBoolean(enabled.getValue());
    }

    private static boolean userConfigured(ConfigSourceContext context, String property) {
        String env = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        if (System.getenv(env) != null || System.getProperty(property) != null) {
            return true;
        }
        ConfigValue value = context.getValue(property);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static int intValue(ConfigSourceContext context, String property, int defaultValue) {
        ConfigValue value = context.getValue(property);
        return value == null || value.getValue() == null ? defaultValue : Integer.parseInt(value.getValue());
    }

    private static Process startKeycloakIfNeeded(Path projectDir, Path servicesDir, int port) {
        if (System.getProperty(KC_PORT_PROPERTY) != null || KeycloakLauncher.realmServed(port)) {
            System.setProperty(KC_PORT_PROPERTY, Integer.toString(port));
            return null;
        }
        Path home = KeycloakLauncher.copyHome(
                KeycloakLauncher.findHome(projectDir.resolve("target/keycloak-dist")), servicesDir.resolve("keycloak"));
        Path log = servicesDir.resolve("keycloak.log");
        LOG.infof("Starting dev Keycloak from %s on port %d (log: %s)", home, port, log);
        Process process = KeycloakLauncher.start(home, port, port + 1000,
                projectDir.resolve("src/test/resources/keycloak/new-retail-dev-realm.json"), log);
        Runtime.getRuntime().addShutdownHook(new ProcessStopper(process.pid(), "TERM"));
        System.setProperty(KC_PORT_PROPERTY, Integer.toString(port));
        return process;
    }

    private static int startPostgresIfNeeded(Path servicesDir) {
        String started = System.getProperty(PG_PORT_PROPERTY);
        if (started != null) {
            return Integer.parseInt(started);
        }
        Path dataDir = servicesDir.resolve("postgres-data");
        int port = runningPostgresPort(dataDir).orElseGet(() -> startPostgres(servicesDir, dataDir));
        // SIGINT is PostgreSQL's fast shutdown: it does not wait for the app's pooled connections.
        postmasterPid(dataDir).ifPresent(pid -> Runtime.getRuntime().addShutdownHook(new ProcessStopper(pid, "INT")));
        System.setProperty(PG_PORT_PROPERTY, Integer.toString(port));
        LOG.infof("Dev PostgreSQL on 127.0.0.1:%d, data in %s (kept across restarts; './mvnw clean' wipes it)",
                port, dataDir);
        return port;
    }

    private static int startPostgres(Path servicesDir, Path dataDir) {
        try {
            // Loaded by name: zonky is optional and absent from the packaged application.
            Class<?> launcher = Class.forName("com.newretail.platform.devservices.EmbeddedPostgresLauncher", true,
                    Thread.currentThread().getContextClassLoader());
            return (int) launcher.getMethod("startKeepingData", String.class, String.class)
                    .invoke(null, servicesDir.resolve("postgres-work").toString(), dataDir.toString());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start the embedded dev PostgreSQL", e);
        }
    }

    /** A PostgreSQL left running on this data directory by an earlier dev session is reused. */
    private static Optional<Integer> runningPostgresPort(Path dataDir) {
        Optional<Long> pid = postmasterPid(dataDir);
        if (pid.isEmpty() || ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A shutdown hook that signals a process and its children. It uses JDK classes only and no
     * lambdas: by the time it runs, the class loader that registered it may be closed.
     */
    static final class ProcessStopper extends Thread {
        private final long pid;
        private final String signal;

        ProcessStopper(long pid, String signal) {
            super("newretail-dev-services-stop-" + pid);
            this.pid = pid;
            this.signal = signal;
        }

        @Override
        public void run() {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty()) {
                return;
            }
            java.util.Iterator<ProcessHandle> children = handle.get().descendants().iterator();
            java.util.List<ProcessHandle> all = new java.util.ArrayList<>();
            while (children.hasNext()) {
                all.add(children.next());
            }
            all.add(handle.get());
            try {
                for (ProcessHandle each : all) {
                    new ProcessBuilder("kill", "-" + signal, Long.toString(each.pid())).start().waitFor();
                }
                for (ProcessHandle each : all) {
                    each.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                for (ProcessHandle each : all) {
                    each.destroyForcibly();
                }
            }
        }
    }
}
