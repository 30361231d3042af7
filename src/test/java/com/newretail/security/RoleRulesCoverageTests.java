package com.newretail.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.security.OperationRules;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every root operation of the served schema has a role rule and a role-matrix document, and every
 * rule names a real operation. Adding an operation without a rule fails here; RoleMatrixIT then
 * proves each rule with real Keycloak tokens against the packaged app.
 */
@QuarkusTest
class RoleRulesCoverageTests {

    @Inject
    OperationRules rules;

    @Test
    void everyOperationHasARuleAndAMatrixDocument() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Set<String> operations = new TreeSet<>();
        operations.addAll(rootFields(sdl, "Query"));
        operations.addAll(rootFields(sdl, "Mutation"));
        operations.addAll(rootFields(sdl, "Subscription"));
        assertEquals(operations, new TreeSet<>(rules.operations()),
                "operations in the schema vs newretail.rules.* in application.properties");
        for (String operation : operations) {
            assertNotNull(getClass().getResource("/graphql/matrix/" + operation + ".graphql"),
                    "missing role-matrix document graphql/matrix/" + operation + ".graphql");
        }
    }

    static Set<String> rootFields(String sdl, String type) {
        Set<String> fields = new TreeSet<>();
        int start = sdl.indexOf("type " + type + " {");
        if (start < 0) {
            return fields;
        }
        int depth = 0;
        int i = sdl.indexOf('{', start);
        StringBuilder body = new StringBuilder();
        for (; i < sdl.length(); i++) {
            char c = sdl.charAt(i);
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
                if (depth == 0) {
                    break;
                }
            } else if (depth == 1) {
                body.append(c);
            }
        }
        Matcher matcher = Pattern.compile("(?m)^\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*[:(]?").matcher(body.toString()
                .replaceAll("\"\"\"[\\s\\S]*?\"\"\"", "").replaceAll("(?m)^\\s*\"[^\\n]*\"\\s*$", ""));
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }
}
