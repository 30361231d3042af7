package com.newretail.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed SDL in graphql-schema/schema.graphql must be exactly what the server serves.
 * Regenerate it with: ./mvnw test -Dtest=SchemaSnapshotTests -Dnewretail.schema.update=true
 */
@QuarkusTest
class SchemaSnapshotTests {

    private static final Path COMMITTED = Path.of(System.getProperty("newretail.project.dir", "."))
            .resolve("graphql-schema/schema.graphql");

    @Test
    void committedSchemaMatchesServedSchema() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("newretail.schema.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        if (!Files.exists(COMMITTED)) {
            fail(COMMITTED + " is missing. Generate it with: "
                    + "./mvnw test -Dtest=SchemaSnapshotTests -Dnewretail.schema.update=true");
        }
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "The served GraphQL schema differs from graphql-schema/schema.graphql. If the change is intended, "
                        + "regenerate it with: ./mvnw test -Dtest=SchemaSnapshotTests -Dnewretail.schema.update=true "
                        + "and commit it (never delete a published field: deprecate it).");
    }

    /**
     * The committed SDL loads on its own, as client tooling (graphql-js buildSchema, relay-compiler,
     * codegen) loads it: every type it names, custom scalars included, is declared in it.
     */
    @Test
    void committedSchemaBuildsAsAStandaloneSchema() throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        for (String scalar : List.of("Date", "DateTime", "Decimal")) {
            GraphQLScalarType type = (GraphQLScalarType) schema.getType(scalar);
            assertNotNull(type, scalar + " is not declared");
            assertNotNull(type.getDescription(), scalar + " has no description");
        }
        for (String scalar : List.of("Date", "DateTime")) {
            assertNotNull(((GraphQLScalarType) schema.getType(scalar)).getSpecifiedByUrl(), scalar + " has no @specifiedBy");
        }
    }

    /** Statuses and kinds are enums like every other status, never free strings. */
    @Test
    void everyStatusAndKindFieldIsAnEnum() throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        List<String> strings = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !type.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    if ((field.getName().equals("status") || field.getName().equals("kind"))
                            && !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType)) {
                        strings.add(object.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), strings, "status/kind fields that are not enums");
    }

    @Test
    void everyTypeAndFieldHasADescription() {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        String[] lines = served.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            boolean declaration = line.matches("^(type|interface|enum|input|scalar|union) .*")
                    || (line.matches("^[a-zA-Z_][a-zA-Z0-9_]*(\\(.*)?:.*") && !line.startsWith("query") && i > 0)
                    || line.matches("^[A-Z][A-Z0-9_]*$");
            if (!declaration || line.startsWith("scalar ") || line.startsWith("schema")) {
                continue;
            }
            String previous = i == 0 ? "" : lines[i - 1].trim();
            boolean described = previous.endsWith("\"") || previous.endsWith("\"\"\"");
            if (!described && !isBuiltIn(line)) {
                fail("No description for: " + line + " (line " + (i + 1) + " of the served schema)");
            }
        }
    }

    private static boolean isBuiltIn(String line) {
        return line.startsWith("type Query") || line.startsWith("type Mutation") || line.startsWith("type Subscription");
    }
}
