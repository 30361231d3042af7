package com.newretail.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.OrgFixtures;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** With an OTLP endpoint configured, each GraphQL operation is a span and its SQL statements are spans of the same trace. */
@QuarkusTest
@TestProfile(TracingTests.WithEndpoint.class)
class TracingTests {

    /** An endpoint turns tracing on; nothing listens there (the in-memory exporter is what the test reads). */
    public static class WithEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:1", "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    /** The documented response header naming the path that served (ADR 0012); as a request header, "smallrye" forces it. */
    private static final String PATH_HEADER = "X-NewRetail-Path";

    @Inject
    InMemorySpanExporter spans;

    @Inject
    OrgFixtures fixtures;

    @Test
    @TestSecurity(user = "trace-analyst", roles = "analyst")
    void anOperationIsASpanWithItsNameAndItsSqlInTheSameTrace() {
        fixtures.bindHeadquartersAnalyst("trace-analyst");
        // Served by the planner, then by SmallRye: the same operation span either way.
        for (String path : List.of("planned", "smallrye")) {
            spans.reset();
            var response = given().contentType(ContentType.JSON).header(PATH_HEADER, path)
                    .body(Map.of("operationName", "TraceMe", "query", "query TraceMe { orgUnits(first: 1) { edges { node { id } } } }"))
                    .post("/graphql").then().statusCode(200).extract();
            assertEquals(path, response.header(PATH_HEADER));
            String body = response.asString();
            assertTrue(body.contains("\"edges\""), body);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<SpanData> finished = spans.getFinishedSpanItems();
                SpanData operation = finished.stream().filter(s -> s.getName().equals("GraphQL:TraceMe")).findFirst()
                        .orElseThrow(() -> new AssertionError(path + ": no operation span in " + finished.stream().map(SpanData::getName).toList()));
                assertEquals("TraceMe", operation.getAttributes().get(AttributeKey.stringKey("graphql.operationName")));
                assertEquals("QUERY", operation.getAttributes().get(AttributeKey.stringKey("graphql.operationType")));
                assertTrue(finished.stream().anyMatch(s -> s.getTraceId().equals(operation.getTraceId())
                        && "postgres".equals(s.getAttributes().get(AttributeKey.stringKey("db.system")))),
                        () -> path + ": no SQL span in the operation's trace: " + finished.stream().map(s -> s.getName() + " " + s.getAttributes()).toList());
            });
        }
    }
}
