package com.newretail.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.newretail.support.KeycloakTestResource;
import com.newretail.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

/**
 * The GraphQL-over-HTTP audit suite of {@code graphql-http} (npm, {@code src/test/conformance}) against
 * the packaged app with a real token: every MUST, every SHOULD and every MAY passes, except the
 * optional GET requests (off: queries are POSTed). Needs Node.js and npm
 * (preinstalled on the build machines; {@code .ci/run} checks them); the packages are installed from
 * the committed lock file when missing.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = GraphQLOverHttpIT.WithIntrospection.class, restrictToAnnotatedClass = true)
class GraphQLOverHttpIT {

    /**
     * The audits ask for {@code __type}: introspection on, as in development. Production turns it off,
     * which is a schema policy, not a transport one (a request for {@code __type} there fails validation).
     */
    public static class WithIntrospection implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("newretail.graphql.introspection", "true");
        }

        @Override
        public void stop() {
        }
    }

    private static final Path SUITE = Path.of(System.getProperty("newretail.project.dir", ".")).resolve("src/test/conformance");

    @Test
    void everyAuditOfGraphQLOverHttpPassesButTheOptionalGetRequests() throws Exception {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"),
                "SKIPPED: no Node.js/npm on the PATH for the graphql-http audit suite; install them (the build machines have them, .ci/run checks)");
        if (!Files.isDirectory(SUITE.resolve("node_modules/graphql-http"))) {
            assertEquals(0, run(List.of("npm", "ci", "--no-audit", "--no-fund"), null, null).exitCode(), "npm ci in " + SUITE);
        }
        Result audit = run(List.of("node", "audit.mjs"), "http://127.0.0.1:" + RestAssured.port + "/graphql", Tokens.password("hq-admin"));
        assertEquals(0, audit.exitCode(), audit.output());

        List<String> failed = new ArrayList<>();
        int audits = 0;
        for (String line : audit.output().split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonObject result = new JsonObject(line);
            audits++;
            String name = result.getString("name");
            // Every MUST and SHOULD, and the MAYs too except GET requests, which this API does not take (queries are POSTed).
            boolean required = !name.contains("GET");
            if (!"ok".equals(result.getString("status"))) {
                System.out.printf("graphql-http %s %s: %s — %s%n", result.getString("id"), result.getString("status"), name, result.getString("reason"));
                if (required) {
                    failed.add(result.getString("id") + " " + name + ": " + result.getString("reason"));
                }
            }
        }
        assertTrue(audits > 50, "the suite ran its audits: " + audit.output());
        assertEquals(List.of(), failed, "audits that failed");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, String url, String token) throws IOException, InterruptedException {
        Path log = Files.createTempFile("graphql-http", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(SUITE.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        if (url != null) {
            builder.environment().put("GRAPHQL_URL", url);
            builder.environment().put("GRAPHQL_TOKEN", token);
        }
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
