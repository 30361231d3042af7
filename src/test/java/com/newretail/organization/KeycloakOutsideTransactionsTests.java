package com.newretail.organization;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.OrgFixtures.uniqueCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.SlowKeycloak;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keycloak is slow (each call held two seconds, then refused): no staff mutation keeps a database
 * transaction open while it waits. Account creation and password resets ask Keycloak first and
 * write nothing when it fails; disabling, deactivating and a position change commit first and leave
 * the Keycloak change queued for the retrier.
 */
@QuarkusTest
@TestProfile(KeycloakOutsideTransactionsTests.SlowKeycloakProfile.class)
class KeycloakOutsideTransactionsTests {

    public static class SlowKeycloakProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.keycloak.admin-client.server-url", SlowKeycloak.url());
        }
    }

    private static final String WAITING_TRANSACTIONS = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            + "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%' AND xact_start < now() - interval '500 milliseconds'";

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures fixtures;

    @Inject
    Pool pool;

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void noMutationHoldsADatabaseTransactionWhileKeycloakIsSlow() {
        long store = fixtures.store(fixtures.company("Slow Keycloak Co"), "Slow Keycloak Store");
        long withoutAccount = fixtures.staff(store, "SHOPPING_GUIDE", "Slow Provision", null);
        long resetting = withAccount(store, "Slow Reset");
        long promoted = withAccount(store, "Slow Promotion");
        long disabled = withAccount(store, "Slow Disable");
        long deactivated = withAccount(store, "Slow Deactivate");

        Map<String, JsonPath> results = new LinkedHashMap<>();
        results.put("staffAccountProvision", whileKeycloakWaits("organization/staffAccountProvision", vars("id", staffGid(withoutAccount))));
        results.put("staffAccountResetPassword", whileKeycloakWaits("organization/staffAccountResetPassword", vars("id", staffGid(resetting))));
        results.put("staffUpdate", whileKeycloakWaits("organization/staffUpdate",
                vars("id", staffGid(promoted), "input", Map.of("positionId", positionGid("STORE_MANAGER")))));
        results.put("staffAccountDisable", whileKeycloakWaits("organization/staffAccountDisable", vars("id", staffGid(disabled))));
        results.put("staffDeactivate", whileKeycloakWaits("organization/staffDeactivate", vars("id", staffGid(deactivated))));

        // Keycloak first: nothing was written.
        assertThat(results.get("staffAccountProvision").getList("data.staffAccountProvision.userErrors.code"), contains("KEYCLOAK_UNAVAILABLE"));
        assertEquals("NONE", column(withoutAccount, "account_status"));
        assertThat(results.get("staffAccountResetPassword").getList("data.staffAccountResetPassword.userErrors.code"),
                contains("KEYCLOAK_UNAVAILABLE"));

        // Database first: committed, and the Keycloak change waits for the retrier.
        assertThat(results.get("staffUpdate").getList("data.staffUpdate.userErrors"), empty());
        assertEquals("STORE_MANAGER", results.get("staffUpdate").getString("data.staffUpdate.staff.position.code"));
        assertThat(results.get("staffAccountDisable").getList("data.staffAccountDisable.userErrors"), empty());
        assertEquals("DISABLED", column(disabled, "account_status"));
        assertThat(results.get("staffDeactivate").getList("data.staffDeactivate.userErrors"), empty());
        assertEquals("INACTIVE", column(deactivated, "status"));
        assertEquals("DISABLED", column(deactivated, "account_status"));
        for (long queued : new long[] {promoted, disabled, deactivated}) {
            assertEquals(Boolean.TRUE, client.runText("query($id: ID!) { staffMember(id: $id) { accountSyncPending } }",
                    vars("id", staffGid(queued))).get("data.staffMember.accountSyncPending"));
            Row sync = pool.preparedQuery("SELECT attempts, last_error FROM staff_account_sync WHERE staff_id = $1")
                    .execute(Tuple.of(queued)).await().indefinitely().iterator().next();
            assertThat(sync.getInteger("attempts"), greaterThanOrEqualTo(1));
            assertThat(sync.getString("last_error"), notNullValue());
        }
    }

    /** Runs a mutation and, for as long as it is in flight, watches for a transaction left open. */
    private JsonPath whileKeycloakWaits(String document, Map<String, Object> variables) {
        int before = SlowKeycloak.received();
        CompletableFuture<JsonPath> call = CompletableFuture.supplyAsync(() -> client.run(document, variables));
        await().atMost(Duration.ofSeconds(20)).until(() -> SlowKeycloak.received() > before || call.isDone());
        long longestWaiting = 0;
        while (!call.isDone()) {
            longestWaiting = Math.max(longestWaiting,
                    pool.query(WAITING_TRANSACTIONS).execute().await().indefinitely().iterator().next().getLong(0));
        }
        assertEquals(0, longestWaiting, document + " held a database transaction open while it waited on Keycloak");
        JsonPath result = call.join();
        assertThat(result.prettify(), result.getList("errors"), org.hamcrest.Matchers.nullValue());
        return result;
    }

    private long withAccount(long store, String name) {
        return fixtures.staff(store, "SHOPPING_GUIDE", name, "slow-kc-" + uniqueCode("u").toLowerCase());
    }

    private String column(long staffId, String column) {
        return pool.preparedQuery("SELECT " + column + " FROM staff WHERE id = $1").execute(Tuple.of(staffId))
                .await().indefinitely().iterator().next().getString(0);
    }

    private String positionGid(String code) {
        long id = pool.preparedQuery("SELECT id FROM position WHERE code = $1").execute(Tuple.of(code))
                .await().indefinitely().iterator().next().getLong(0);
        return GlobalId.encode("Position", id);
    }

    private static String staffGid(long id) {
        return GlobalId.encode("Staff", id);
    }
}
