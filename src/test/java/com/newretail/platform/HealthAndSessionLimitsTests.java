package com.newretail.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.Management;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Readiness reports the database and not Keycloak (a Keycloak outage must not take the pods out of
 * service); every connection of both pools carries the session limits, and a request waits at most
 * 5 s for one.
 */
@QuarkusTest
class HealthAndSessionLimitsTests {

    @Inject
    Pool writes;

    @Inject
    @ReactiveDataSource("reads")
    Pool reads;

    @Test
    void readinessChecksTheDatabaseButNotKeycloak() {
        List<String> checks = given().when().get(Management.url("/q/health/ready")).then().statusCode(200).extract().jsonPath().getList("checks.name");
        assertThat(checks, hasItem(org.hamcrest.Matchers.containsString("PostgreSQL")));
        assertThat(checks, not(hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("OIDC"))));
    }

    @Test
    void healthAndMetricsAreServedOnlyOnTheManagementPort() {
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics")) {
            assertEquals(404, given().get(path).statusCode(), path + " on the public port");
            assertEquals(200, given().get(Management.url(path)).statusCode(), path + " on the management port");
        }
    }

    @Test
    void aRequestWaitsAtMostFiveSecondsForAConnection() {
        for (Pool pool : List.of(writes, reads)) {
            List<SqlConnection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) { // the pool's max-size
                    held.add(pool.getConnection().await().atMost(Duration.ofSeconds(10)));
                }
                long started = System.nanoTime();
                Throwable refused = assertThrows(Throwable.class, () -> pool.getConnection().await().atMost(Duration.ofSeconds(20)));
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                assertFalse(refused instanceof io.smallrye.mutiny.TimeoutException, "still waiting after 20 s");
                assertTrue(waited.compareTo(Duration.ofSeconds(4)) > 0 && waited.compareTo(Duration.ofSeconds(8)) < 0,
                        "waited " + waited + " for a connection: " + refused);
            } finally {
                held.forEach(connection -> connection.close().await().atMost(Duration.ofSeconds(10)));
            }
        }
    }

    @Test
    void everyConnectionHasTheSessionLimits() {
        for (Pool pool : List.of(writes, reads)) {
            Row limits = pool.query("SELECT current_setting('statement_timeout'), current_setting('lock_timeout'), "
                    + "current_setting('idle_in_transaction_session_timeout')").execute().await().indefinitely().iterator().next();
            assertEquals("30s", limits.getString(0));
            assertEquals("10s", limits.getString(1));
            assertEquals("1min", limits.getString(2));
        }
    }
}
