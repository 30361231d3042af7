package com.newretail.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Without an OTLP endpoint the SDK is off: nothing reaches any exporter, and nothing retries against localhost:4317. */
@QuarkusTest
class TracingOffByDefaultTests {

    @Inject
    InMemorySpanExporter spans;

    @Test
    @TestSecurity(user = "trace-off", roles = "analyst")
    void noEndpointMeansNothingIsExported() {
        assertTrue(ConfigProvider.getConfig().getValue(TracingConfigSourceFactory.DISABLED, Boolean.class));
        spans.reset();
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200);
        // Longer than the batch processor's default 5 s schedule, so a span on its way would have arrived.
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(8)).untilAsserted(() -> assertEquals(List.of(),
                spans.getFinishedSpanItems().stream().map(SpanData::getName).toList()));
    }
}
