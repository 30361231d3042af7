package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.security.Roles;
import com.newretail.support.GraphQLClient;
import com.newretail.support.GraphQLSubscriber;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.RoleRules;
import com.newretail.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * Every operation × (anonymous, a user without a role, a user with a product role the rule does not
 * name, a user with a role it names), with real tokens of the realm's demo users against the
 * packaged app. The table is the app's own rule set, so a new operation is covered automatically.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class RoleMatrixIT {

    @Test
    void everyOperationAllowsExactlyTheRolesOfItsRule() {
        Map<String, String> tokens = new HashMap<>();
        for (String role : Roles.ALL) {
            tokens.put(role, Tokens.password(role));
        }
        String noRole = Tokens.password("no-role");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Set<String>> rule : RoleRules.load().entrySet()) {
            String operation = rule.getKey();
            // node(id:) answers with the rule of the type it loads: the matrix document loads an OrgUnit.
            Set<String> allowed = operation.equals("node") ? RoleRules.load().get("orgUnit") : rule.getValue();
            String document = GraphQLClient.document("matrix/" + operation);
            if (document.lines().anyMatch(line -> line.startsWith("subscription"))) {
                checkSubscription(failures, operation, document, allowed, tokens, noRole);
                continue;
            }

            int anonymous = GraphQLClient.anonymous().post(document, vars()).statusCode();
            if (anonymous != 401) {
                failures.add(operation + ": anonymous got HTTP " + anonymous);
            }
            boolean anySignedIn = allowed.contains("**");
            check(failures, operation, "no-role", GraphQLClient.withToken(noRole).runText(document, vars()), !anySignedIn);
            for (String role : Roles.ALL) {
                boolean permitted = anySignedIn || allowed.contains(role);
                check(failures, operation, role, GraphQLClient.withToken(tokens.get(role)).runText(document, vars()), !permitted);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertFalse(RoleRules.load().isEmpty());
    }

    /**
     * Subscriptions over graphql-transport-ws with the token in connection_init: a permitted caller's
     * subscription (to an unknown store or warehouse) completes, a denied one ends in an error.
     */
    private static void checkSubscription(List<String> failures, String operation, String document, Set<String> allowed,
            Map<String, String> tokens, String noRole) {
        Map<String, String> callers = new HashMap<>(tokens);
        callers.put("no-role", noRole);
        callers.put("anonymous", null);
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            boolean permitted = caller.getValue() != null && (allowed.contains("**") || allowed.contains(caller.getKey()));
            try (GraphQLSubscriber socket = GraphQLSubscriber.connect(caller.getValue())) {
                JsonPath answer = socket.next(socket.subscribeText(document, vars()), Duration.ofSeconds(10));
                String type = answer == null ? "nothing" : answer.getString("type");
                if (permitted && !"complete".equals(type)) {
                    failures.add(operation + ": " + caller.getKey() + " got " + (answer == null ? type : answer.prettify()));
                } else if (!permitted && (!"error".equals(type) || caller.getValue() != null
                        && !"forbidden".equals(answer.getString("payload[0].extensions.code")))) {
                    failures.add(operation + ": " + caller.getKey() + " was not denied (" + (answer == null ? type : answer.prettify()) + ")");
                }
            }
        }
    }

    private static void check(List<String> failures, String operation, String user, JsonPath result, boolean expectForbidden) {
        String code = result.getString("errors[0].extensions.code");
        boolean forbidden = "forbidden".equals(code);
        if (expectForbidden && !forbidden) {
            failures.add(operation + ": " + user + " was not denied (" + result.prettify().replace('\n', ' ') + ")");
        } else if (!expectForbidden && result.getList("errors") != null) {
            failures.add(operation + ": " + user + " got errors " + result.getList("errors"));
        }
    }

    /**
     * {@code node(id:)} for every guarded type applies that type's rule before looking anything up,
     * so the ID of an object that does not exist is enough: permitted roles get null, others forbidden.
     */
    @Test
    void nodeAllowsExactlyTheRolesOfEachTypesRule() throws java.io.IOException {
        Map<String, String> tokens = new HashMap<>();
        for (String role : Roles.ALL) {
            tokens.put(role, Tokens.password(role));
        }
        String noRole = Tokens.password("no-role");
        Map<String, Set<String>> rules = RoleRules.load();
        List<String> failures = new ArrayList<>();
        String document = "query($id: ID!) { node(id: $id) { id } }";
        String sdl = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("newretail.project.dir", "."))
                .resolve("graphql-schema/schema.graphql"));
        for (Map.Entry<String, String> type : RoleRules.typeRules().entrySet()) {
            if (!sdl.contains("type " + type.getKey() + " implements Node")) {
                continue; // guarded, but reached only through fields: the schema walk (FieldRulesTests) covers it
            }
            Set<String> allowed = rules.get(type.getValue());
            Map<String, Object> variables = vars("id", GlobalId.encode(type.getKey(), 999_999_999L));
            String operation = "node(" + type.getKey() + ")";
            check(failures, operation, "no-role", GraphQLClient.withToken(noRole).runText(document, variables), !allowed.contains("**"));
            for (String role : Roles.ALL) {
                check(failures, operation, role, GraphQLClient.withToken(tokens.get(role)).runText(document, variables),
                        !(allowed.contains("**") || allowed.contains(role)));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(RoleRules.typeRules().keySet().containsAll(List.of("Order", "Customer", "Staff", "Warehouse", "StockTransfer")));
    }

    @Test
    void theRuleTableIsNotEmptyAndNamesOnlyProductRoles() {
        Set<String> known = Set.of(Roles.ALL);
        for (Map.Entry<String, Set<String>> rule : RoleRules.load().entrySet()) {
            for (String role : rule.getValue()) {
                assertTrue(role.equals("**") || known.contains(role), rule.getKey() + " names unknown role " + role);
            }
        }
    }
}
