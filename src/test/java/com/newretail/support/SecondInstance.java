package com.newretail.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A second instance of the packaged app beside the one {@code @QuarkusIntegrationTest} started: the
 * same artifact (the runnable jar, or the native binary where one was built) launched with the very
 * same command line, so the same database, Keycloak and settings, on its own port and log file.
 * Two replicas behind a load balancer, on one machine.
 */
public final class SecondInstance implements AutoCloseable {

    private static final Path PROJECT = Path.of(System.getProperty("newretail.project.dir", "."));
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private SecondInstance(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Starts the second instance and waits until it is ready (its readiness probe answers 200). */
    public static SecondInstance start() {
        List<String> command = new ArrayList<>(firstInstanceCommand());
        int port = freePort();
        Path log = PROJECT.resolve("target/quarkus-second-instance.log");
        set(command, "quarkus.http.port", Integer.toString(port));
        set(command, "quarkus.http.ssl-port", Integer.toString(freePort()));
        int managementPort = freePort();
        set(command, "quarkus.management.port", Integer.toString(managementPort));
        set(command, "quarkus.log.file.path", log.toString());
        try {
            Files.deleteIfExists(log);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(PROJECT.resolve("target/quarkus-second-instance.out").toFile()).start();
            SecondInstance instance = new SecondInstance(process, port, managementPort, log);
            instance.awaitReady();
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** What this instance's Prometheus endpoint says now. */
    public String metrics() {
        return management("/q/metrics").body();
    }

    private void awaitReady() {
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError("the second instance stopped (exit " + process.exitValue() + "):\n" + tail());
                }
                try {
                    return management("/q/health/ready").statusCode() == 200;
                } catch (UncheckedIOException notListeningYet) {
                    return false;
                }
            });
        } catch (RuntimeException | AssertionError e) {
            close();
            throw e;
        }
    }

    /** A GET on the instance's management interface (health, metrics). */
    private HttpResponse<String> management(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        try {
            Path out = PROJECT.resolve("target/quarkus-second-instance.out");
            List<String> lines = Files.exists(out) ? Files.readAllLines(out) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Sends SIGTERM, as Kubernetes does after the preStop pause, and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; its exit code, or empty when it is still running after the timeout. */
    public Optional<Integer> awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A system property of the command line both instances run with (the database URL, say). */
    public static String sharedSetting(String key) {
        String prefix = "-D" + key + "=";
        return firstInstanceCommand().stream().filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException(key + " is not on the app's command line"));
    }

    /** Stops it as Kubernetes would (SIGTERM), forcibly after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The command line of the app the test framework launched: a child of this JVM running the
     * project's runnable jar or its native binary (Keycloak, also a child, runs a jar of its own dist).
     */
    static List<String> firstInstanceCommand() {
        Path artifact = PackagedApp.artifact();
        return ProcessHandle.current().descendants()
                .map(ProcessHandle::info)
                .flatMap(info -> commandLine(info).stream())
                .filter(command -> command.stream().anyMatch(arg -> isPath(arg, artifact)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the app launched by @QuarkusIntegrationTest (" + artifact + ") is not among this JVM's child processes"));
    }

    private static boolean isPath(String arg, Path artifact) {
        try {
            return arg.endsWith(artifact.getFileName().toString()) && Path.of(arg).toAbsolutePath().normalize().equals(artifact);
        } catch (RuntimeException notAPath) {
            return false;
        }
    }

    private static Optional<List<String>> commandLine(ProcessHandle.Info info) {
        return info.command().flatMap(command -> info.arguments().map(arguments -> {
            List<String> all = new ArrayList<>(List.of(command));
            all.addAll(List.of(arguments));
            return all;
        }));
    }

    /** Sets a system property on the command line: replaced where it is, else given right after the executable. */
    static void set(List<String> command, String key, String value) {
        String prefix = "-D" + key + "=";
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i).startsWith(prefix)) {
                command.set(i, prefix + value);
                return;
            }
        }
        command.add(1, prefix + value);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
