package com.newretail.platform.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a real Keycloak server from the unpacked {@code keycloak-quarkus-dist} as a child process,
 * with the project's realm imported. Used by dev mode and by the integration tests.
 *
 * <p>Only JDK classes on purpose: dev mode calls this from short-lived class loaders and the
 * process must still be stoppable from a shutdown hook after they are closed.
 */
public final class KeycloakLauncher {

    public static final String REALM = "new-retail";
    public static final String BOOTSTRAP_ADMIN = "admin";
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "admin";

    private KeycloakLauncher() {
    }

    /** Finds the Keycloak home (the folder holding {@code bin/kc.sh}) inside an unpacked dist. */
    public static Path findHome(Path unpackedDist) {
        if (Files.isRegularFile(unpackedDist.resolve("bin/kc.sh"))) {
            return unpackedDist;
        }
        try (var children = Files.list(unpackedDist)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                if (Files.isRegularFile(child.resolve("bin/kc.sh"))) {
                    return child;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Keycloak dist at " + unpackedDist, e);
        }
        throw new IllegalStateException("No Keycloak distribution (bin/kc.sh) under " + unpackedDist
                + ". Run './mvnw generate-resources' once: it unpacks org.keycloak:keycloak-quarkus-dist.");
    }

    /** Copies a Keycloak home once, so that dev and tests never share one H2 database. */
    public static Path copyHome(Path sourceHome, Path targetHome) {
        if (Files.isRegularFile(targetHome.resolve("bin/kc.sh"))) {
            return targetHome;
        }
        try {
            Files.walkFileTree(sourceHome, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(targetHome.resolve(sourceHome.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, targetHome.resolve(sourceHome.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy Keycloak home to " + targetHome, e);
        }
        return targetHome;
    }

    /**
     * Starts {@code kc.sh start-dev} on 127.0.0.1 with the realm file imported. Returns at once; call
     * {@link #awaitRealm} before using it.
     */
    public static Process start(Path home, int httpPort, int managementPort, Path realmFile, Path logFile) {
        try {
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path kcSh = home.resolve("bin/kc.sh");
            kcSh.toFile().setExecutable(true);
            List<String> command = new ArrayList<>(List.of("bash", kcSh.toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-host=127.0.0.1",
                    "--http-management-port=" + managementPort, "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN_PASSWORD);
            builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
        }
    }

    /** The realm's issuer URL on a local Keycloak. */
    public static String realmUrl(int httpPort) {
        return "http://127.0.0.1:" + httpPort + "/realms/" + REALM;
    }

    /** True when a Keycloak on that port serves the project's realm. */
    public static boolean realmServed(int httpPort) {
        return realmServed(realmUrl(httpPort));
    }

    static boolean realmServed(String realmUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Polls until the realm is served, the process died, or the deadline passed. */
    public static void awaitRealm(Process process, int httpPort, Duration timeout, Path logFile) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (realmServed(httpPort)) {
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready; see " + logFile);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + logFile);
    }
}
