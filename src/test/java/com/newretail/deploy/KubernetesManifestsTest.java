package com.newretail.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * Every overlay under {@code k8s/overlays} renders ({@code kubectl kustomize}) into documents that
 * fabric8's typed model of the Kubernetes API (kubernetes-model 7.5, Kubernetes 1.33) reads without a
 * field it does not know; every container has resources, the three probes and a locked-down security
 * context; no secret value is written in a manifest. The operators' kinds (CloudNativePG, Keycloak,
 * Prometheus)
 * are checked for their required fields. {@code .ci/run} renders the overlays too and fails without kubectl.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of(System.getProperty("newretail.project.dir", ".")).resolve("k8s");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|passwd|token|api[_-]?key|private[_-]?key).*");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyOverlayRendersToValidLockedDownObjects(String overlay) {
        List<String> problems = check(kustomize(K8S.resolve("overlays").resolve(overlay)));
        assertEquals(List.of(), problems, "k8s/overlays/" + overlay);
    }

    /**
     * At the autoscaler's maximum every pod may hold all its connections at once: the write and read
     * pools, the planner's pipelined reads, the live-updates listener and Flyway's at start-up; with
     * PostgreSQL's superuser slots that must fit under the cluster's max_connections.
     */
    @Test
    void theConnectionBudgetFitsTheDatabase() {
        Map<String, HasMetadata> objects = new java.util.HashMap<>();
        for (String document : kustomize(K8S.resolve("overlays").resolve("prod")).split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                HasMetadata object = Serialization.unmarshal(document);
                objects.put(object.getKind() + "/" + object.getMetadata().getName(), object);
            }
        }
        int replicas = ((io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler) objects.get("HorizontalPodAutoscaler/new-retail-api"))
                .getSpec().getMaxReplicas();
        Map<String, String> config = ((io.fabric8.kubernetes.api.model.ConfigMap) objects.get("ConfigMap/new-retail-api")).getData();
        int perPod = Integer.parseInt(config.get("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE")) + Integer.parseInt(config.get("QUARKUS_DATASOURCE_READS_REACTIVE_MAX_SIZE"))
                + Integer.parseInt(config.get("NEWRETAIL_READS_PIPELINED_CONNECTIONS")) + 1 + 1;
        Map<?, ?> parameters = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((GenericKubernetesResource) objects.get("Cluster/newretail-db"))
                .getAdditionalProperties().get("spec")).get("postgresql")).get("parameters");
        int maxConnections = Integer.parseInt(parameters.get("max_connections").toString());
        int superuserReserved = 3;
        assertTrue(replicas * perPod + superuserReserved <= maxConnections,
                replicas + " pods × " + perPod + " connections + " + superuserReserved + " reserved > max_connections " + maxConnections);
    }

    @Test
    void theRealmImportCarriesTheRealmFile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(K8S.resolve("keycloak/new-retail-realm.json").toFile());
        GenericKubernetesResource realmImport = Serialization.unmarshal(Files.readString(K8S.resolve("keycloak/realm-import.yaml")),
                GenericKubernetesResource.class);
        assertEquals(realm, json.valueToTree(realmImport.getAdditionalProperties().get("spec")).get("realm"));
    }

    @Test
    void theChecksCatchWhatTheyLookFor() {
        String bad = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: bad }
                spec:
                  selector: { matchLabels: { app: bad } }
                  template:
                    metadata: { labels: { app: bad } }
                    spec:
                      containers:
                        - name: api
                          image: bad
                          livenessProbes: { httpGet: { path: /, port: 8080 } }
                          env:
                            - { name: DB_PASSWORD, value: hunter2 }
                ---
                apiVersion: v1
                kind: Secret
                metadata: { name: leaked }
                stringData: { password: hunter2 }
                ---
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: { name: db }
                spec: { storage: { size: 1Gi } }
                """;
        String problems = String.join("\n", check(bad));
        for (String expected : List.of("unknown field 'livenessProbes'", "no resources", "no readinessProbe", "not runAsNonRoot",
                "DB_PASSWORD is written in the manifest", "a Secret with data", "spec.instances")) {
            assertTrue(problems.contains(expected), () -> "expected '" + expected + "' among:\n" + problems);
        }
    }

    /** The problems of a multi-document YAML, one line each. */
    static List<String> check(String yaml) {
        List<String> problems = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            HasMetadata object = Serialization.unmarshal(document);
            String name = object.getKind() + "/" + (object.getMetadata() == null ? "?" : object.getMetadata().getName());
            if (object instanceof GenericKubernetesResource custom) {
                problems.addAll(customResource(name, custom));
                continue;
            }
            unknownFields(object, name, problems);
            if (object instanceof io.fabric8.kubernetes.api.model.Secret secret
                    && (secret.getData() != null && !secret.getData().isEmpty() || secret.getStringData() != null && !secret.getStringData().isEmpty())) {
                problems.add(name + ": a Secret with data in the manifests (create it in the cluster instead)");
            }
            if (object instanceof io.fabric8.kubernetes.api.model.ConfigMap configMap && configMap.getData() != null) {
                configMap.getData().keySet().stream().filter(key -> SECRET_NAME.matcher(key).matches())
                        .forEach(key -> problems.add(name + ": " + key + " looks secret and belongs in a Secret"));
            }
            if (object instanceof Deployment deployment) {
                pod(name, deployment.getSpec().getTemplate().getSpec(), problems);
            }
        }
        return problems;
    }

    private static void pod(String name, PodSpec pod, List<String> problems) {
        if (pod.getSecurityContext() == null || !Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())) {
            problems.add(name + ": the pod is not runAsNonRoot");
        }
        for (Container container : pod.getContainers()) {
            String where = name + " container " + container.getName();
            if (container.getResources() == null || container.getResources().getRequests() == null
                    || !container.getResources().getRequests().containsKey("cpu") || !container.getResources().getRequests().containsKey("memory")
                    || container.getResources().getLimits() == null || !container.getResources().getLimits().containsKey("memory")) {
                problems.add(where + ": no resources (cpu and memory requests, a memory limit)");
            }
            if (container.getStartupProbe() == null) {
                problems.add(where + ": no startupProbe");
            }
            if (container.getLivenessProbe() == null) {
                problems.add(where + ": no livenessProbe");
            }
            if (container.getReadinessProbe() == null) {
                problems.add(where + ": no readinessProbe");
            }
            if ("api".equals(container.getName())) {
                // The API's health is on the management port only (quarkus.management.enabled).
                for (var probe : java.util.Arrays.asList(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
                    if (probe != null && (probe.getHttpGet() == null || !"management".equals(probe.getHttpGet().getPort().getStrVal()))) {
                        problems.add(where + ": a probe not on the management port");
                    }
                }
            }
            var security = container.getSecurityContext();
            if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation()) || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())
                    || security.getCapabilities() == null || security.getCapabilities().getDrop() == null
                    || !security.getCapabilities().getDrop().contains("ALL")) {
                problems.add(where + ": no locked-down securityContext (no privilege escalation, read-only root, drop ALL)");
            }
            for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                if (SECRET_NAME.matcher(env.getName()).matches() && env.getValue() != null) {
                    problems.add(where + ": " + env.getName() + " is written in the manifest (take it from a Secret)");
                }
            }
        }
    }

    /** The operators' kinds fabric8 has no model for: their required fields. */
    private static List<String> customResource(String name, GenericKubernetesResource resource) {
        Map<String, Object> spec = resource.get("spec");
        List<String> problems = new ArrayList<>();
        List<String> required = switch (resource.getApiVersion() + " " + resource.getKind()) {
            case "postgresql.cnpg.io/v1 Cluster" -> List.of("instances", "storage");
            case "k8s.keycloak.org/v2alpha1 Keycloak" -> List.of("instances", "db", "http", "hostname");
            case "k8s.keycloak.org/v2alpha1 KeycloakRealmImport" -> List.of("keycloakCRName", "realm");
            case "monitoring.coreos.com/v1 ServiceMonitor" -> List.of("selector", "endpoints");
            case "monitoring.coreos.com/v1 PrometheusRule" -> List.of("groups");
            default -> {
                problems.add(name + ": " + resource.getApiVersion() + " is not a kind this check knows");
                yield List.of();
            }
        };
        for (String field : required) {
            if (spec == null || spec.get(field) == null) {
                problems.add(name + ": spec." + field + " is missing");
            }
        }
        return problems;
    }

    /** Reports every field fabric8's model kept aside as unknown, anywhere in the object. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> unknownFields(item, path, problems));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> unknownFields(item, path, problems));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object field = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown) {
                    unknown.keySet().forEach(key -> problems.add(path + ": unknown field '" + key + "' in " + value.getClass().getSimpleName()));
                }
            } else {
                unknownFields(field, path, problems);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static String kustomize(Path overlay) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.abort("SKIPPED: kubectl (with Kustomize) is not installed, so k8s/overlays cannot be rendered here; .ci/run requires it");
            throw new UncheckedIOException(e);
        }
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
            assertEquals(0, process.exitValue(), "kubectl kustomize " + overlay + " failed:\n" + err);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
