package com.newretail.platform.tracing;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Tracing is off unless an OTLP endpoint is configured: without one, the OpenTelemetry SDK is
 * disabled (a no-op tracer, no exporter retrying against localhost:4317). With one, Quarkus traces
 * HTTP requests and the reactive PostgreSQL client's statements, and SmallRye GraphQL each operation
 * (span {@code GraphQL:<operationName>}, attributes {@code graphql.operationName}/{@code graphql.operationType}). Setting
 * {@code quarkus.otel.exporter.otlp.endpoint} (or {@code …traces.endpoint}, or the
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_…} variables) turns it on; an explicit
 * {@code quarkus.otel.sdk.disabled} always wins (this source has the lowest ordinal).
 */
public class TracingConfigSourceFactory implements ConfigSourceFactory {

    static final String DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS = List.of("quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean endpoint = ENDPOINTS.stream().map(context::getValue).anyMatch(TracingConfigSourceFactory::present);
        return List.of(new MapBackedConfigSource("newretail-tracing-default", Map.of(DISABLED, String.valueOf(!endpoint)), 10) {
        });
    }

    /** Set by the user: the extension's own default endpoint (localhost:4317) comes from a default source, ordinal ≤ 0. */
    private static boolean present(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank() && value.getConfigSourceOrdinal() > 0;
    }
}
