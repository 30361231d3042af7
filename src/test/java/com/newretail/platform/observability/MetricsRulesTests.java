package com.newretail.platform.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.newretail.support.Management;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The alerts and the Grafana dashboard under {@code k8s/observability} name only metrics the service
 * really exposes on {@code /q/metrics}, and GraphQL requests are timed by operation name.
 */
@QuarkusTest
class MetricsRulesTests {

    private static final Path OBSERVABILITY = Path.of("k8s/observability");
    private static final Pattern METRIC = Pattern.compile("\\b((?:newretail|sql_pool|http_server)_[a-z_]+)");

    @Test
    @TestSecurity(user = "metrics-probe", roles = "hq-admin")
    void everyMetricTheAlertsAndTheDashboardUseIsExposed() throws IOException {
        given().contentType(ContentType.JSON).body("{\"query\":\"query MetricsProbe { me { username } }\",\"operationName\":\"MetricsProbe\"}")
                .post("/graphql").then().statusCode(200);
        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        Set<String> exposed = Arrays.stream(metrics.split("\n")).filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]")[0]).collect(Collectors.toSet());

        Set<String> used = new TreeSet<>();
        for (String file : List.of("prometheus-rules.yaml", "grafana-dashboard.json")) {
            Matcher names = METRIC.matcher(Files.readString(OBSERVABILITY.resolve(file)));
            while (names.find()) {
                used.add(names.group(1));
            }
        }
        assertTrue(used.size() >= 6, "the rules and the dashboard name metrics: " + used);
        assertEquals(Set.of(), used.stream().filter(name -> !exposed.contains(name)).collect(Collectors.toSet()), "named but not exposed");
        assertThat(metrics, containsString("newretail_graphql_operation_seconds_count{operation=\"MetricsProbe\",outcome=\"SUCCESS\",path=\"smallrye\"}"));
    }
}
