package com.newretail.platform.observability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Times every GraphQL request by its operation name ({@code newretail_graphql_operation_seconds}
 * with the labels operation, path — planned or smallrye — and outcome), so dashboards and alerts
 * see rate, errors and p95 per operation. Names are the client's, so only well-formed ones are kept,
 * and at most {@link #MAX_OPERATIONS} of them: later ones count as "other".
 */
@ApplicationScoped
public class OperationMetrics {

    static final String METRIC = "newretail.graphql.operation";
    static final int MAX_OPERATIONS = 200;
    static final String ANONYMOUS = "anonymous";
    static final String OTHER = "other";
    private static final Pattern OPERATION_NAME = Pattern.compile("\"operationName\"\\s*:\\s*\"([A-Za-z_][A-Za-z0-9_]{0,63})\"");
    private static final Pattern NAMED_DOCUMENT = Pattern.compile("(?:query|mutation|subscription)\\s+([A-Za-z_][A-Za-z0-9_]{0,63})");
    /** How far into a body the name is looked for: it is near the start of every real request. */
    private static final int SCAN = 4096;

    /** Few buckets (for p95 in Prometheus), so that each operation costs a dozen series, not seventy. */
    private static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 300, 500, 1000, 2500, 5000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final MeterRegistry registry;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    /** The timers by operation, path and outcome: looked up per request rather than built and registered each time. */
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    public OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void route(@Observes Router router) {
        // Before every other /graphql handler, planned reads included; recorded when the response is sent.
        router.post("/graphql").order(-10).handler(this::time);
    }

    private void time(RoutingContext context) {
        long start = System.nanoTime();
        context.addBodyEndHandler(ignored -> {
            String path = context.response().headers().get("X-NewRetail-Path");
            timer(operation(context.body() == null ? null : context.body().buffer()), path == null ? "smallrye" : path,
                    outcome(context.response().getStatusCode())).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        });
        context.next();
    }

    private Timer timer(String operation, String path, String outcome) {
        return timers.computeIfAbsent(List.of(operation, path, outcome), key -> Timer.builder(METRIC)
                .description("GraphQL requests by operation: how long they took, which path served them, how they ended")
                .tag("operation", operation).tag("path", path).tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS).register(registry));
    }

    /** The operation's name: the request's operationName, else the document's first operation name; "anonymous" without one. */
    String operation(Buffer body) {
        if (body == null || body.length() == 0) {
            return ANONYMOUS;
        }
        String text = body.getString(0, Math.min(body.length(), SCAN));
        Matcher given = OPERATION_NAME.matcher(text);
        String name = given.find() ? given.group(1) : null;
        if (name == null) {
            Matcher named = NAMED_DOCUMENT.matcher(text);
            name = named.find() ? named.group(1) : null;
        }
        if (name == null) {
            return ANONYMOUS;
        }
        if (known.contains(name)) {
            return name;
        }
        if (known.size() >= MAX_OPERATIONS) {
            return OTHER;
        }
        known.add(name);
        return name;
    }

    static String outcome(int status) {
        return status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS";
    }
}
