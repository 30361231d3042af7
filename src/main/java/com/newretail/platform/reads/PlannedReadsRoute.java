package com.newretail.platform.reads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.newretail.platform.cost.CostGate;
import com.newretail.platform.graphql.GraphQLConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The planned-reads entry point, ahead of SmallRye's handler on POST /graphql (after authentication):
 * a query the planner takes is answered here from its plan; every other request — and any the client
 * asks to (header {@code X-NewRetail-Path: smallrye}) — goes on to SmallRye with its body intact. The
 * response header {@code X-NewRetail-Path} and the metric {@code newretail.graphql.requests{path}}
 * say which path served it.
 */
@ApplicationScoped
class PlannedReadsRoute {

    static final String PATH_HEADER = "X-NewRetail-Path";
    static final String PLANNED = "planned";
    static final String SMALLRYE = "smallrye";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String DEFAULT_RESPONSE_TYPE = GRAPHQL_RESPONSE + "; charset=UTF-8";
    private static final Set<String> REQUEST_MEMBERS = Set.of("query", "operationName", "variables");
    private static final Logger LOG = Logger.getLogger(PlannedReadsRoute.class);

    private final PlannedReads plannedReads;
    private final CostGate costs;
    private final Counter planned;
    private final Counter fallback;

    PlannedReadsRoute(PlannedReads plannedReads, CostGate costs, MeterRegistry registry) {
        this.plannedReads = plannedReads;
        this.costs = costs;
        this.planned = Counter.builder("newretail.graphql.requests").tag("path", PLANNED).register(registry);
        this.fallback = Counter.builder("newretail.graphql.requests").tag("path", SMALLRYE).register(registry);
    }

    void route(@Observes Router router, GraphQLConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        if (!config.plannedReads()) {
            return;
        }
        // Vert.x's body handler reads the body once per request: SmallRye's own body handler then passes it on.
        router.post("/graphql").order(-1).handler(BodyHandler.create().setBodyLimit(limit.asLongValue())).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        Optional<Request> request = request(context);
        Optional<PlannedReads.Prepared> prepared = request.flatMap(r -> plannedReads.prepare(r.query(), r.operationName(), r.variables(), r.caller()));
        if (prepared.isEmpty()) {
            toSmallRye(context);
            return;
        }
        // Too costly or throttled: SmallRye refuses it, with the one error shape both paths share.
        if (!(costs.admit(CostGate.callerOf(request.get().caller()), prepared.get().requestedCost()) instanceof CostGate.Admitted admitted)) {
            toSmallRye(context);
            return;
        }
        plannedReads.serve(prepared.get(), request.get().caller(), actual -> costs.settle(admitted, actual)).onComplete(result -> {
            if (result.failed()) {
                LOG.debugf(result.cause(), "Planned read handed to SmallRye");
                costs.cancel(admitted);
                toSmallRye(context);
                return;
            }
            planned.increment();
            context.response()
                    .putHeader(PATH_HEADER, PLANNED)
                    .putHeader(HttpHeaders.CONTENT_TYPE, request.get().contentType())
                    .end(result.result());
        });
    }

    private void toSmallRye(RoutingContext context) {
        fallback.increment();
        context.response().putHeader(PATH_HEADER, SMALLRYE);
        context.next();
    }

    private record Request(String query, String operationName, Map<String, Object> variables, SecurityIdentity caller, String contentType) {
    }

    /**
     * The response's content type as SmallRye chooses it: the first acceptable media type the client
     * accepts (as the client wrote it), the GraphQL response type for a wildcard or no Accept; empty
     * when SmallRye would refuse the Accept header or answer in another charset than UTF-8.
     */
    static Optional<String> contentType(RoutingContext context) {
        if (context.parsedHeaders() == null || context.parsedHeaders().accept().isEmpty()) {
            String accept = context.request().getHeader(HttpHeaders.ACCEPT);
            return accept == null || accept.isEmpty() ? Optional.of(DEFAULT_RESPONSE_TYPE) : Optional.empty();
        }
        for (MIMEHeader header : context.parsedHeaders().accept()) {
            String raw = header.rawValue();
            if (raw.startsWith("application/json") || raw.startsWith(GRAPHQL_RESPONSE) || raw.startsWith("application/graphql+json")) {
                return !raw.contains("charset=") || raw.matches("(?i).*charset=utf-8\\s*(;.*)?$") ? Optional.of(raw) : Optional.empty();
            }
            if (raw.startsWith("*/*")) {
                return Optional.of(DEFAULT_RESPONSE_TYPE);
            }
        }
        return Optional.empty();
    }

    /** The request when the planner may look at it: a signed-in caller's JSON object with only the standard members. */
    private static Optional<Request> request(RoutingContext context) {
        String requestType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        Optional<String> contentType = contentType(context);
        if (SMALLRYE.equals(context.request().getHeader(PATH_HEADER)) || contentType.isEmpty()
                || requestType == null || !requestType.startsWith("application/json") || context.request().query() != null
                || !(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()
                || context.body() == null || context.body().length() == 0) {
            return Optional.empty();
        }
        JsonObject body;
        try {
            body = context.body().asJsonObject();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (body == null || !REQUEST_MEMBERS.containsAll(body.fieldNames()) || !(body.getValue("query") instanceof String query)
                || !(body.getValue("operationName") == null || body.getValue("operationName") instanceof String)
                || !(body.getValue("variables") == null || body.getValue("variables") instanceof JsonObject)) {
            return Optional.empty();
        }
        JsonObject variables = body.getJsonObject("variables");
        return Optional.of(new Request(query, body.getString("operationName"), variables == null ? Map.of() : plain(variables),
                user.getSecurityIdentity(), contentType.get()));
    }

    /** Vert.x JSON as the plain maps and lists graphql-java coerces. */
    private static Map<String, Object> plain(JsonObject object) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        object.forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return plain(object);
        }
        if (value instanceof io.vertx.core.json.JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            array.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value;
    }
}
