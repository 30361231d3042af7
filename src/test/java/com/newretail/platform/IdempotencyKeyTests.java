package com.newretail.platform;

import static com.newretail.support.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.idempotency.IdempotencyKeySweep;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Idempotency keys belong to the token's subject, not the username, and expire. */
@QuarkusTest
class IdempotencyKeyTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    Pool pool;

    @Inject
    IdempotencyKeySweep sweep;

    @Test
    @TestSecurity(user = "renamable-admin", roles = "hq-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "5f0c-subject-of-renamable-admin"))
    void aKeyBelongsToTheSubjectNotTheUsername() {
        String key = "key-" + OrgFixtures.uniqueCode("K");
        create(key, OrgFixtures.uniqueCode("IK"));
        assertEquals("5f0c-subject-of-renamable-admin", actorOf(key));
    }

    @Test
    @TestSecurity(user = "forgetful-admin", roles = "hq-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "subject-of-forgetful-admin"))
    void anExpiredKeyActsAgainAndTheSweepDeletesIt() throws Throwable {
        String key = "key-" + OrgFixtures.uniqueCode("K");
        String code = OrgFixtures.uniqueCode("IK");
        String first = create(key, code);
        assertNotNull(first);
        assertEquals(first, create(key, code), "within its lifetime the key replays");

        age(key, 25);
        String second = create(key, OrgFixtures.uniqueCode("IK"));
        assertNotNull(second, "after 24 hours the key is free for a new request");
        assertNotEquals(first, second);

        age(key, 25);
        VertxContextSupport.subscribeAndAwait(() -> sweep.deleteExpired());
        assertEquals(0L, pool.preparedQuery("SELECT count(*) FROM platform_idempotency_key WHERE key = $1").execute(Tuple.of(key))
                .await().indefinitely().iterator().next().getLong(0));
    }

    private String create(String key, String code) {
        return client.run("organization/orgUnitCreate", vars("input", Map.of("code", code, "name", "Unit " + code,
                "type", "SALES_COMPANY"), "parentId", OrgFixtures.gid(orgs.headquarters()), "key", key))
                .getString("data.orgUnitCreate.orgUnit.id");
    }

    private String actorOf(String key) {
        return pool.preparedQuery("SELECT actor FROM platform_idempotency_key WHERE key = $1").execute(Tuple.of(key))
                .await().indefinitely().iterator().next().getString(0);
    }

    private void age(String key, int hours) {
        pool.preparedQuery("UPDATE platform_idempotency_key SET created_at = now() - make_interval(hours => $2) WHERE key = $1")
                .execute(Tuple.of(key, hours)).await().indefinitely();
    }
}
