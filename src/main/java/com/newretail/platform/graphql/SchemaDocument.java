package com.newretail.platform.graphql;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.vertx.ext.web.Router;

/**
 * The SDL served at {@code /graphql/schema.graphql} (and committed in graphql-schema/), printed for
 * client tooling rather than by SmallRye's printer: the custom scalars are declared with what they
 * hold and {@code @specifiedBy} where a specification exists; deprecations show as
 * {@code @deprecated}; SmallRye's {@code @rolesAllowed} markers (which print our configuration keys)
 * and other server-side directives stay out. Only when the schema is available (not in production).
 */
@ApplicationScoped
public class SchemaDocument {

    static final String PATH = "/graphql/schema.graphql";
    private static final Set<String> PRINTED_DIRECTIVES = Set.of("deprecated", "specifiedBy");

    private record Scalar(String description, String specifiedBy) {
    }

    private static final Map<String, Scalar> SCALARS = Map.of(
            "DateTime", new Scalar("An instant with its UTC offset, ISO-8601 / RFC 3339, e.g. `2026-12-01T09:30:00+08:00`.",
                    "https://scalars.graphql.org/chillicream/date-time.html"),
            "Date", new Scalar("A calendar date without time or zone, ISO-8601, e.g. `2026-12-01`.",
                    "https://scalars.graphql.org/chillicream/local-date.html"),
            "Decimal", new Scalar("An exact decimal number as a string, e.g. `\\\"19.80\\\"`: money and quantities never lose "
                    + "precision to floating point. Accepted as a string or a number; returned as a string.", null),
            "BigDecimal", new Scalar("An arbitrary-precision decimal number (declared by the server framework; no field uses it).", null),
            "BigInteger", new Scalar("An arbitrary-precision integer (declared by the server framework; no field uses it).", null));

    private final boolean available;
    private final Instance<GraphQLSchema> schema;
    private volatile String printed;

    public SchemaDocument(@ConfigProperty(name = "quarkus.smallrye-graphql.schema-available", defaultValue = "true") boolean available,
            Instance<GraphQLSchema> schema) {
        this.available = available;
        this.schema = schema;
    }

    void route(@Observes Router router) {
        if (!available) {
            return;
        }
        // Before SmallRye's handler of the same path.
        router.get(PATH).order(-1).handler(context -> context.response()
                .putHeader("Content-Type", "text/plain; charset=UTF-8").end(sdl()));
    }

    /** The client-facing SDL of the served schema. */
    public String sdl() {
        String sdl = printed;
        if (sdl == null) {
            sdl = print(schema.get());
            printed = sdl;
        }
        return sdl;
    }

    static String print(GraphQLSchema schema) {
        String sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .descriptionsAsHashComments(false)
                .includeScalarTypes(true)
                .includeSchemaDefinition(false)
                .includeIntrospectionTypes(false)
                .includeDirectives(PRINTED_DIRECTIVES::contains)
                .includeDirectiveDefinitions(false)
                .useAstDefinitions(false)).print(schema);
        for (Map.Entry<String, Scalar> scalar : SCALARS.entrySet()) {
            String declaration = "scalar " + scalar.getKey() + "\n";
            int at = sdl.indexOf("\n" + declaration);
            if (at < 0 && !sdl.startsWith(declaration)) {
                continue;
            }
            int start = sdl.lastIndexOf("\n\"", at);
            String documented = "\"" + scalar.getValue().description() + "\"\n" + "scalar " + scalar.getKey()
                    + (scalar.getValue().specifiedBy() == null ? "" : " @specifiedBy(url : \"" + scalar.getValue().specifiedBy() + "\")") + "\n";
            sdl = sdl.substring(0, start + 1) + documented + sdl.substring(at + 1 + declaration.length());
        }
        return sdl;
    }
}
