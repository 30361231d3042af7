package com.newretail.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything under k8s/ is meant for production clusters: a Keycloak realm there may carry no users
 * (with their passwords), no client secrets and no password-grant (direct access) clients. The dev
 * and test realm with its demo users lives in src/test/resources/keycloak.
 */
class RealmFilesTest {

    private static final Path K8S = Path.of(System.getProperty("newretail.project.dir", ".")).resolve("k8s");

    @Test
    void realmsUnderK8sHoldNoUsersSecretsOrPasswordGrants() throws IOException {
        List<Path> realms = new ArrayList<>();
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode json = new ObjectMapper().readTree(file.toFile());
                if (json.has("realm")) {
                    realms.add(file);
                }
            }
        }
        assertFalse(realms.isEmpty(), "no realm file under " + K8S);
        List<String> problems = new ArrayList<>();
        for (Path realm : realms) {
            JsonNode json = new ObjectMapper().readTree(realm.toFile());
            if (json.has("users")) {
                problems.add(realm + ": has users");
            }
            walk(json, "$", (path, node) -> {
                if (path.endsWith(".secret") && node.isTextual() && !node.asText().isEmpty()) {
                    problems.add(realm + ": a secret at " + path);
                }
                if (path.endsWith(".directAccessGrantsEnabled") && node.asBoolean()) {
                    problems.add(realm + ": password grant enabled at " + path);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        visitor.visit(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "." + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
