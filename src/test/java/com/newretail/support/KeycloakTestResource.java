package com.newretail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.newretail.platform.devservices.KeycloakLauncher;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak for the integration tests, started from the Maven dist with the project's realm
 * (fresh database every run). With {@code KEYCLOAK_URL} set, that running Keycloak is used instead;
 * it must already serve the realm {@code new-retail}.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String STARTED_URL = "newretail.test.keycloak-url";
    private static volatile String baseUrl;
    /** One Keycloak per test JVM: the integration test classes share it; a shutdown hook stops it. */
    private static Process process;
    /** How it was started, to start it again after an outage. */
    private static Path home;
    private static int httpPort;
    private static int managementPort;

    /** Base URL of the Keycloak the tests talk to, e.g. http://127.0.0.1:34567. */
    public static String baseUrl() {
        if (baseUrl == null) {
            baseUrl = System.getProperty(STARTED_URL);
        }
        if (baseUrl == null) {
            throw new IllegalStateException("Keycloak is not started: add @QuarkusTestResource(KeycloakTestResource.class) to the test");
        }
        return baseUrl;
    }

    public static String realmUrl() {
        return baseUrl() + "/realms/" + KeycloakLauncher.REALM;
    }

    @Override
    public synchronized Map<String, String> start() {
        // Test classes may load this class in separate class loaders: the JVM-wide marker is a system property.
        if (System.getProperty(STARTED_URL) != null) {
            baseUrl = System.getProperty(STARTED_URL);
            return config();
        }
        String external = System.getenv("KEYCLOAK_URL");
        if (external != null && !external.isBlank()) {
            baseUrl = external.replaceAll("/+$", "");
        } else {
            baseUrl = startLocal();
        }
        System.setProperty(STARTED_URL, baseUrl);
        return config();
    }

    private static Map<String, String> config() {
        return Map.of(
                "quarkus.oidc.auth-server-url", baseUrl + "/realms/" + KeycloakLauncher.REALM,
                "quarkus.keycloak.admin-client.server-url", baseUrl,
                // The dev/test realm's documented client secret; production has no default and must be given one.
                "quarkus.keycloak.admin-client.client-secret", "new-retail-api-dev-secret");
    }

    private static String startLocal() {
        Path projectDir = Path.of(System.getProperty("newretail.project.dir", "."));
        Path dist = Path.of(System.getProperty("newretail.keycloak.dist", projectDir.resolve("target/keycloak-dist").toString()));
        home = KeycloakLauncher.findHome(dist);
        deleteRecursively(home.resolve("data/h2"));
        httpPort = freePort();
        managementPort = freePort();
        launch();
        Runtime.getRuntime().addShutdownHook(new Thread(KeycloakTestResource::stopProcess, "stop-test-keycloak"));
        return "http://127.0.0.1:" + httpPort;
    }

    private static void launch() {
        Path projectDir = Path.of(System.getProperty("newretail.project.dir", "."));
        Path log = projectDir.resolve("target/test-keycloak.log");
        process = KeycloakLauncher.start(home, httpPort, managementPort,
                projectDir.resolve("src/test/resources/keycloak/new-retail-dev-realm.json"), log);
        KeycloakLauncher.awaitRealm(process, httpPort, Duration.ofMinutes(5), log);
    }

    /** An outage: stops the local Keycloak and waits until it is gone (its data is kept). */
    public static synchronized void stopForOutage() {
        if (process == null) {
            throw new IllegalStateException("Only a Keycloak this test run started can be stopped");
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        // Asked to stop and given the time to: killed at once, Keycloak's dev database (H2, a file it
        // writes behind) lost the last second's writes — the account the outage test had just created
        // answered 404 after the restart (CI, once).
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle gone : all) {
            try {
                gone.onExit().orTimeout(60, TimeUnit.SECONDS).join();
            } catch (CompletionException stillRunning) {
                gone.destroyForcibly();
                gone.onExit().join();
            }
        }
    }

    /** The end of the outage: the same Keycloak, same port and data, serving the realm again. */
    public static synchronized void startAfterOutage() {
        launch();
    }

    @Override
    public void stop() {
        // Kept running for the next test class; stopped when the test JVM exits.
    }

    private static void stopProcess() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
