package com.newretail.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The artifact this build packaged, as {@code @QuarkusIntegrationTest} finds it
 * ({@code target/quarkus-artifact.properties}): the runnable jar here, the native binary where
 * {@code -Dnative} built one. Tests that start the app themselves use it, so they prove whichever was built.
 */
public final class PackagedApp {

    private static final Path TARGET = Path.of(System.getProperty("newretail.project.dir", ".")).resolve("target");

    private PackagedApp() {
    }

    /** Where the artifact is, absolute. */
    public static Path artifact() {
        return Path.of(TARGET.toString(), properties().getProperty("path")).toAbsolutePath().normalize();
    }

    public static boolean isNative() {
        return "native".equals(properties().getProperty("type"));
    }

    /** The command that runs it with the given system properties ("key=value"). */
    public static List<String> command(String... systemProperties) {
        List<String> command = new ArrayList<>();
        if (!isNative()) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        for (String property : systemProperties) {
            command.add("-D" + property);
        }
        if (isNative()) {
            command.add(0, artifact().toString());
        } else {
            command.add("-jar");
            command.add(artifact().toString());
        }
        return command;
    }

    private static Properties properties() {
        Path file = TARGET.resolve("quarkus-artifact.properties");
        if (!Files.exists(file)) {
            throw new IllegalStateException("package the app first (mvn verify): no " + file);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = properties.getProperty("type");
        if (!"jar".equals(type) && !"native".equals(type)) {
            throw new IllegalStateException("an artifact these tests cannot start: type " + type + " in " + file);
        }
        return properties;
    }
}
