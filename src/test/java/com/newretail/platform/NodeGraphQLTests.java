package com.newretail.platform;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.lines;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.platform.graphql.Nodes;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class NodeGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures fixtures;

    @Inject
    StockFixtures stock;

    @Inject
    Nodes nodes;

    @Inject
    Pool pool;

    @Test
    @TestSecurity(user = "keeper-n", roles = "warehouse-keeper")
    void everyNodeTypeResolvesWithinScope() {
        long company = fixtures.company("Node Stock Co");
        long mine = fixtures.store(company, "Node Mine");
        fixtures.bind("keeper-n", mine, "WAREHOUSE_KEEPER");
        long warehouse = stock.warehouse(mine);
        long foreign = stock.warehouse(company);   // up the parent chain: a transfer target, yet outside the scope
        long item = stock.sku();
        stock.receive(warehouse, item, 2);
        String transfer = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId",
                GlobalId.encode("Warehouse", warehouse), "targetWarehouseId", GlobalId.encode("Warehouse", foreign),
                "lines", lines(GlobalId.encode("Sku", item), 1))))
                .getString("data.stockTransferCreate.transfer.id");
        for (String id : List.of(GlobalId.encode("Warehouse", warehouse), GlobalId.encode("Sku", item), transfer)) {
            JsonPath node = client.run("platform/nodeTyped", vars("id", id));
            assertThat(node.prettify(), node.getList("errors"), nullValue());
            assertEquals(id, node.getString("data.node.id"));
            assertEquals(GlobalId.parse(id).type(), node.getString("data.node.__typename"));
        }
        assertThat(client.run("platform/nodeTyped", vars("id", GlobalId.encode("Warehouse", foreign))).getString("data.node"), nullValue());
    }

    @Test
    @TestSecurity(user = "keeper-f", roles = "warehouse-keeper")
    void nodeFieldsAreNullWhereTheTypesRuleRefusesTheCaller() {
        List<String> seen = nodeField("keeper-f", "WAREHOUSE_KEEPER");
        // The keeper may read warehouses in scope, but customers are not for their role.
        assertEquals(Arrays.asList("Warehouse", null, null, null), seen);
    }

    @Test
    @TestSecurity(user = "manager-f", roles = "store-manager")
    void nodeFieldsResolveManyTypesAtOnceWithinScope() {
        assertEquals(Arrays.asList("Warehouse", null, "Customer", null), nodeField("manager-f", "STORE_MANAGER"));
    }

    /** The types {@link Nodes#all} resolves for: a warehouse in scope, one outside it, a customer of the store, an unknown type. */
    private List<String> nodeField(String user, String position) {
        long company = fixtures.company("Node Field Co " + user);
        long store = fixtures.store(company, "Node Field Store");
        fixtures.bind(user, store, position);
        long warehouse = stock.warehouse(store);
        long foreign = stock.warehouse(company);
        long customer = pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by) "
                + "VALUES ($1, '13900000000', 'Node Field', $2, 'test') RETURNING id").execute(Tuple.of(company, store))
                .await().indefinitely().iterator().next().getLong(0);
        List<GlobalId.Typed> ids = List.of(new GlobalId.Typed("Warehouse", warehouse), new GlobalId.Typed("Warehouse", foreign),
                new GlobalId.Typed("Customer", customer), new GlobalId.Typed("Spaceship", 1));
        List<Node> found = nodes.all(ids).await().indefinitely();
        for (int i = 0; i < ids.size(); i++) {
            if (found.get(i) != null) {
                assertEquals(GlobalId.encode(ids.get(i).type(), ids.get(i).id()), found.get(i).getId());
            }
        }
        return found.stream().map(node -> node == null ? null : node.getClass().getSimpleName()).toList();
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void nodeResolvesAnOrgUnitByGlobalId() {
        fixtures.bindHeadquartersAnalyst("analyst");
        long company = fixtures.company("Node Co");
        JsonPath node = client.run("platform/node", vars("id", gid(company)));
        assertEquals(gid(company), node.getString("data.node.id"));
        assertEquals("SALES_COMPANY", node.getString("data.node.type"));
        assertEquals(fixtures.codeOf(company), node.getString("data.node.code"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void malformedUnknownTypeAndMissingIdsAreDistinguished() {
        JsonPath malformed = client.run("platform/node", vars("id", "!!not base64!!"));
        assertThat(malformed.getString("errors[0].extensions.code"), equalTo("invalid-global-id"));
        assertThat(malformed.getString("errors[0].message"), equalTo("'!!not base64!!' is not a valid ID"));

        JsonPath unknownType = client.run("platform/node", vars("id", GlobalId.encode("Spaceship", 1)));
        assertThat(unknownType.getString("errors[0].extensions.code"), equalTo("invalid-global-id"));

        JsonPath missing = client.run("platform/node", vars("id", gid(123_456_789L)));
        assertThat(missing.getString("data.node"), nullValue());
        assertThat(missing.getList("errors"), nullValue());
    }

    @Test
    @TestSecurity(user = "someone", roles = "not-a-product-role")
    void nodeAppliesTheOwningModulesRoleRule() {
        long company = fixtures.company("Hidden Co");
        JsonPath node = client.run("platform/node", vars("id", gid(company)));
        assertThat(node.getString("errors[0].extensions.code"), equalTo("forbidden"));
        assertThat(node.getString("data.node"), nullValue());
    }
}
