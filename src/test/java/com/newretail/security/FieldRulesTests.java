package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.RuleGuardedDataFetchers;
import com.newretail.platform.security.OperationRules;
import com.newretail.platform.security.Roles;
import com.newretail.platform.security.TypeRules;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * No path through the served schema hands a guarded type to a role its own rule does not allow.
 * Every role that can reach a type — through any root field and any chain of fields, where a
 * guarded field ({@link RuleGuardedDataFetchers}) narrows the roles to its type's rule — must be
 * allowed by that type's rule.
 */
@QuarkusTest
class FieldRulesTests {

    /** The caller's own records: {@code me} shows every signed-in user where they sit. */
    private static final Set<String> OWN_RECORD_FIELDS = Set.of("Me.staff", "Me.orgUnit", "Me.position");
    private static final String ANY_SIGNED_IN = "(any signed-in user)";

    @Inject
    OperationRules rules;

    @Inject
    Config config;

    @Inject
    OrgFixtures fixtures;

    @Inject
    Pool pool;

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Test
    @TestSecurity(user = "schema-walker", roles = "hq-admin")
    void noFieldReachesATypeMoreLooselyThanTheTypesOwnRule() {
        client.runText("{ me { username } }", vars()); // builds every batch loader once
        TypeRules typeRules = TypeRules.from(config);
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        TypeDefinitionRegistry schema = new SchemaParser().parse(sdl);

        Map<String, Set<String>> reach = new HashMap<>();
        Map<String, String> via = new HashMap<>();
        List<String> nodeTypes = new ArrayList<>();
        for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
            if (type.getImplements().stream().anyMatch(i -> ((TypeName) i).getName().equals("Node"))) {
                nodeTypes.add(type.getName());
            }
        }
        for (String root : List.of("Query", "Mutation", "Subscription")) {
            ObjectTypeDefinition rootType = schema.getType(root, ObjectTypeDefinition.class).orElseThrow();
            for (FieldDefinition field : rootType.getFieldDefinitions()) {
                Set<String> roles = rolesOf(field.getName());
                if (field.getName().equals("node")) {
                    for (String nodeType : nodeTypes) {
                        Set<String> allowed = new TreeSet<>(roles);
                        allowed.retainAll(rolesOf(typeRules.operationFor(nodeType).orElse("(none)")));
                        add(reach, via, nodeType, allowed, "Query.node");
                    }
                    continue;
                }
                add(reach, via, named(field.getType()), roles, root + "." + field.getName());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
                Set<String> parent = reach.get(type.getName());
                if (parent == null || List.of("Query", "Mutation", "Subscription").contains(type.getName())) {
                    continue;
                }
                for (FieldDefinition field : type.getFieldDefinitions()) {
                    String coordinate = type.getName() + "." + field.getName();
                    if (OWN_RECORD_FIELDS.contains(coordinate)) {
                        continue;
                    }
                    Set<String> roles = new TreeSet<>(parent);
                    String guard = RuleGuardedDataFetchers.GUARDED.get(coordinate);
                    if (guard != null) {
                        roles.retainAll(rolesOf(guard));
                    }
                    changed |= add(reach, via, named(field.getType()), roles, coordinate);
                }
            }
        }

        List<String> failures = new ArrayList<>();
        for (String nodeType : nodeTypes) {
            if (typeRules.operationFor(nodeType).isEmpty()) {
                failures.add(nodeType + " is a Node type without a newretail.type-rules entry");
            }
        }
        for (Map.Entry<String, String> guarded : typeRules.all().entrySet()) {
            Set<String> loose = new TreeSet<>(reach.getOrDefault(guarded.getKey(), Set.of()));
            loose.removeAll(rolesOf(guarded.getValue()));
            for (String role : loose) {
                failures.add(guarded.getKey() + " (rule '" + guarded.getValue() + "') is reachable by " + role
                        + " through " + via.get(guarded.getKey() + "/" + role));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(RuleGuardedDataFetchers.GUARDED.containsKey("Customer.orders"), "the walk saw no guarded field");
    }

    @Test
    @TestSecurity(user = "field-rule-marketer", roles = "marketing-operator")
    void aMarketerReadsCustomersButNotTheirOrders() {
        fixtures.bind("field-rule-marketer", fixtures.headquarters(), "HQ_MARKETING");
        long company = fixtures.company("Field Rule Co");
        long store = fixtures.store(company, "Field Rule Store");
        long customer = pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by) "
                + "VALUES ($1, $2, 'Field Rule Member', $3, 'test') RETURNING id")
                .execute(Tuple.of(company, "139" + String.format("%08d", System.nanoTime() % 100_000_000), store))
                .await().indefinitely().iterator().next().getLong(0);
        String id = GlobalId.encode("Customer", customer);

        JsonPath plain = client.runText("query($id: ID!) { customer(id: $id) { name } }", vars("id", id));
        assertEquals("Field Rule Member", plain.getString("data.customer.name"));
        JsonPath withOrders = client.runText("query($id: ID!) { customer(id: $id) { name orders(first: 5) { edges { node { id } } } } }",
                vars("id", id));
        assertEquals("forbidden", withOrders.getString("errors[0].extensions.code"), withOrders.prettify());
        assertEquals(List.of("customer", "orders"), withOrders.getList("errors[0].path"));
        JsonPath asNode = client.runText("query($id: ID!) { node(id: $id) { id } }", vars("id", GlobalId.encode("Order", 1)));
        assertEquals("forbidden", asNode.getString("errors[0].extensions.code"), asNode.prettify());
    }

    private Set<String> rolesOf(String operation) {
        Set<String> allowed = rules.rolesFor(operation);
        if (allowed.contains(OperationRules.ANY_SIGNED_IN)) {
            Set<String> everyone = new TreeSet<>(List.of(Roles.ALL));
            everyone.add(ANY_SIGNED_IN);
            return everyone;
        }
        return new TreeSet<>(allowed);
    }

    private static boolean add(Map<String, Set<String>> reach, Map<String, String> via, String type, Set<String> roles, String path) {
        Set<String> known = reach.computeIfAbsent(type, t -> new LinkedHashSet<>());
        boolean changed = false;
        for (String role : roles) {
            if (known.add(role)) {
                via.put(type + "/" + role, path);
                changed = true;
            }
        }
        return changed;
    }

    private static String named(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return named(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return named(list.getType());
        }
        return ((TypeName) type).getName();
    }
}
