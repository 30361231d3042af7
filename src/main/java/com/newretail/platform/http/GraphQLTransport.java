package com.newretail.platform.http;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * GraphQL over HTTP at the door of {@code POST /graphql}, ahead of planned reads and SmallRye:
 * <ul>
 * <li>only {@code application/json} (or {@code application/graphql}) bodies: a missing content type,
 * forms and {@code text/plain} — what a browser may send cross-site without asking — get 415;</li>
 * <li>a body that is not a JSON object gets 400, as does one whose {@code query} is not a string or
 * whose {@code operationName}, {@code variables} or {@code extensions} has the wrong type; a JSON
 * array too (batches are not offered: each operation is its own request, limited and charged on its own);</li>
 * <li>a request error — nothing executed because the document did not parse or validate, the
 * variables did not coerce or the cost gate refused it — answered as
 * {@code application/graphql-response+json} gets 400, as the GraphQL-over-HTTP spec asks; as
 * {@code application/json} it stays 200 for older clients;</li>
 * <li>a client that accepts anything ({@code *}{@code /*}) or sends no Accept gets {@code application/json}.</li>
 * </ul>
 */
@ApplicationScoped
class GraphQLTransport {

    /** Set on the routing context by whoever finds that nothing was executed (see {@link RequestErrors}). */
    static final String REQUEST_ERROR = "newretail.graphql.request-error";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON_RESPONSE = "application/json; charset=UTF-8";

    void route(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        // Reads the body once; the body handlers after this one (planned reads, SmallRye) find it read.
        router.post("/graphql").order(-3).handler(BodyHandler.create().setBodyLimit(limit.asLongValue())).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.equals("application/graphql")) {
            refuse(context, 415, type == null ? "Say what the body is: Content-Type: application/json"
                    : "Send the request as application/json; " + media + " is not accepted");
            return;
        }
        if (media.equals("application/json")) {
            String problem = jsonProblem(context);
            if (problem != null) {
                refuse(context, 400, problem);
                return;
            }
        }
        boolean anyType = acceptsAnything(context);
        if (!anyType && asksForGraphQLResponse(context) && !parses(context, media)) {
            // SmallRye answers an unparseable document itself, past the instrumentation that marks request errors.
            context.put(REQUEST_ERROR, Boolean.TRUE);
        }
        context.addHeadersEndHandler(ignored -> {
            String answered = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (answered == null || !answered.startsWith(GRAPHQL_RESPONSE)) {
                return;
            }
            if (anyType) {
                // A client that takes anything (or says nothing) may predate the new media type: plain JSON, status 200.
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON_RESPONSE);
            } else if (Boolean.TRUE.equals(context.get(REQUEST_ERROR)) && context.response().getStatusCode() == 200) {
                context.response().setStatusCode(400);
            }
        });
        context.next();
    }

    /** No Accept, or a wildcard before any JSON type: SmallRye would pick its default, the GraphQL response type. */
    static boolean acceptsAnything(RoutingContext context) {
        List<MIMEHeader> accept = context.parsedHeaders() == null ? List.of() : context.parsedHeaders().accept();
        if (accept == null || accept.isEmpty()) {
            String raw = context.request().getHeader(HttpHeaders.ACCEPT);
            return raw == null || raw.isBlank();
        }
        for (MIMEHeader header : accept) {
            String raw = header.rawValue();
            if (raw.startsWith("application/json") || raw.startsWith(GRAPHQL_RESPONSE) || raw.startsWith("application/graphql+json")) {
                return false;
            }
            if (raw.startsWith("*/*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean asksForGraphQLResponse(RoutingContext context) {
        String raw = context.request().getHeader(HttpHeaders.ACCEPT);
        return raw != null && raw.contains(GRAPHQL_RESPONSE);
    }

    /** Whether the request's document parses, with the limits SmallRye parses it with. */
    private static boolean parses(RoutingContext context, String media) {
        String query = media.equals("application/json") ? context.body().asJsonObject().getString("query") : context.body().asString();
        if (query == null) {
            return true; // SmallRye says what is missing
        }
        try {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** What is wrong with a JSON body, or null: it must be one JSON object. */
    private static String jsonProblem(RoutingContext context) {
        if (context.body() == null || context.body().length() <= 0) {
            return "The body is empty: send {\"query\": \"…\"}";
        }
        if (firstNonBlank(context.body().buffer()) == '[') {
            return "Batches (a JSON array) are not accepted: send one operation per request";
        }
        JsonObject request;
        try {
            request = context.body().asJsonObject();
        } catch (RuntimeException e) {
            return "The body is not valid JSON";
        }
        if (request == null) {
            return "The body must be a JSON object: {\"query\": \"…\"}";
        }
        if (!(request.getValue("query") instanceof String)) {
            return "\"query\" must be a string: the GraphQL document";
        }
        if (!(request.getValue("operationName") == null || request.getValue("operationName") instanceof String)) {
            return "\"operationName\" must be a string or null";
        }
        for (String member : List.of("variables", "extensions")) {
            if (!(request.getValue(member) == null || request.getValue(member) instanceof JsonObject)) {
                return "\"" + member + "\" must be an object or null";
            }
        }
        return null;
    }

    private static int firstNonBlank(io.vertx.core.buffer.Buffer body) {
        for (int i = 0; i < body.length(); i++) {
            byte b = body.getByte(i);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    private static void refuse(RoutingContext context, int status, String message) {
        String body = new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", status == 415 ? "UNSUPPORTED_MEDIA_TYPE" : "BAD_REQUEST")))).encode();
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8").end(body);
    }
}
