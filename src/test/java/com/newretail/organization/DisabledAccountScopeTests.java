package com.newretail.organization;

import static com.newretail.support.GraphQLClient.vars;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.scope.CallerScope;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A disabled account loses its data scope in the service at once: its tokens stay valid until they
 * expire, and Keycloak may not have been told yet (it is called after the commit), but the caller
 * binding only exists for an active account.
 */
@QuarkusTest
class DisabledAccountScopeTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures fixtures;

    @Inject
    Pool pool;

    @Inject
    CallerScope callerScope;

    @Test
    @TestSecurity(user = "soon-disabled-manager", roles = "store-manager")
    void aDisabledAccountSeesNothingBeforeItsTokenExpires() {
        long store = fixtures.store(fixtures.company("Cut Off Co"), "Cut Off Store");
        long self = fixtures.bind("soon-disabled-manager", store, "STORE_MANAGER");
        long colleague = fixtures.staff(store, "SHOPPING_GUIDE", "Cut Off Colleague", null);
        assertThat(visibleStaff(), hasItem(GlobalId.encode("Staff", colleague)));

        pool.preparedQuery("UPDATE staff SET account_status = 'DISABLED' WHERE id = $1").execute(Tuple.of(self)).await().indefinitely();
        callerScope.evictAll(); // as staffAccountDisable does in its transaction
        assertThat(visibleStaff(), empty());
    }

    private List<String> visibleStaff() {
        return client.run("organization/staffMembers", vars("first", 100)).getList("data.staffMembers.edges.node.id");
    }
}
