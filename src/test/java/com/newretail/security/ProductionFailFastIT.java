package com.newretail.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.newretail.support.PackagedApp;

/**
 * The packaged app (jar or native binary) started plainly is production: with no database or Keycloak
 * configured it must stop at once and say which setting is missing, never start half-working.
 */
class ProductionFailFastIT {

    private static final Path PROJECT = Path.of(System.getProperty("newretail.project.dir", "."));

    @Test
    void refusesToStartWithoutKeycloak() throws Exception {
        Result result = runPackagedApp(Map.of("NEWRETAIL_KEYCLOAK_API_CLIENT_SECRET", "a-secret"));
        assertNotEquals(0, result.exitCode());
        // Named by the dashboard page's tenant (checked first), which takes its value from the API's.
        assertThat(result.output(), anyOf(containsString("'quarkus.oidc.auth-server-url' property must be configured"),
                containsString("'quarkus.oidc.dashboard.auth-server-url' property must be configured")));
    }

    @Test
    void refusesToStartWithoutDatabase() throws Exception {
        Result result = runPackagedApp(Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/new-retail",
                "QUARKUS_OIDC_CONNECTION_DELAY", "0S", "NEWRETAIL_KEYCLOAK_API_CLIENT_SECRET", "a-secret"));
        assertNotEquals(0, result.exitCode());
        assertThat(result.output(), containsString("set configuration property 'quarkus.datasource.jdbc.url'"));
    }

    @Test
    void refusesToStartWithoutTheKeycloakClientSecret() throws Exception {
        Result result = runPackagedApp(Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/new-retail",
                "QUARKUS_OIDC_CONNECTION_DELAY", "0S",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/newretail",
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1:9/newretail"));
        assertNotEquals(0, result.exitCode());
        assertThat(result.output(), containsString("requires client secret"));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runPackagedApp(Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(PROJECT.resolve("target"), "fail-fast", ".log");
        ProcessBuilder builder = new ProcessBuilder(PackagedApp.command("quarkus.http.port=0"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("NEWRETAIL_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "the app should have stopped by itself");
        return new Result(process.exitValue(), Files.readString(log));
    }
}
