package com.newretail.platform.reads;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.customer.persistence.CustomerReadModels;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;
import com.newretail.support.GraphQLClient;
import com.newretail.support.RetailFixtures;
import com.newretail.support.SqlStatements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What the planner's statements ask PostgreSQL for: no column the selection does not need, no join
 * the caller's scope does not need (both measured on the bench's Q3 with pgbench).
 */
@QuarkusTest
class ReadStatementsTests {

    @Inject
    RetailFixtures retail;

    @Inject
    Pool pool;

    @Test
    @TestSecurity(user = "read-statements", roles = "sales-clerk")
    void aMoneyAskedForByItsAmountAloneReadsNoCurrency() {
        RetailFixtures.Basket basket = retail.memberBasket("Read Statements Co", "read-statements", "Zhao Min");
        ok(GraphQLClient.anonymous().run("retail/salePost", vars("input", fields("storeId", gid(basket.shop().store()),
                "lines", List.of(fields("skuId", sku(basket.tea()), "quantity", 1)),
                "tenders", List.of(fields("tender", "CASH", "amount", "100.00"))), "key", null)), "salePost");
        SqlStatements statements = SqlStatements.counting(pool);
        statements.reset();

        Response planned = given().contentType("application/json")
                .body(Map.of("query", "{ orders(first: 1) { edges { node { total { amount } lines { quantity lineTotal { amount } } } } } }"))
                .post("/graphql");

        assertEquals("planned", planned.header(PlannedReadsRoute.PATH_HEADER), planned.asString());
        assertTrue(planned.asString().contains("\"lineTotal\":{\"amount\":"), planned.asString());
        assertTrue(statements.touching("FROM retail_order o") > 0, statements.listing());
        assertEquals(0, statements.touching("o.currency"), "a line's currency is a lookup of its order per line:\n" + statements.listing());
    }

    @Test
    @TestSecurity(user = "read-statements-orders", roles = "sales-clerk")
    void aCustomersPageOfOrdersWithTheirLinesIsReadWithoutNumberingRows() {
        RetailFixtures.Basket basket = retail.memberBasket("Read Statements Pages Co", "read-statements-orders", "Qian Li");
        ok(GraphQLClient.anonymous().run("retail/salePost", vars("input", fields("storeId", gid(basket.shop().store()), "customerId", basket.member(),
                "lines", List.of(fields("skuId", sku(basket.tea()), "quantity", 2)),
                "tenders", List.of(fields("tender", "CASH", "amount", "200.00"))), "key", null)), "salePost");
        SqlStatements statements = SqlStatements.counting(pool);
        statements.reset();

        Response planned = given().contentType("application/json")
                .body(Map.of("query", "query($id: ID!) { customer(id: $id) { orders(first: 5) { edges { node { receiptNo lines { quantity } } } } } }",
                        "variables", Map.of("id", basket.member())))
                .post("/graphql");

        assertEquals("planned", planned.header(PlannedReadsRoute.PATH_HEADER), planned.asString());
        assertTrue(planned.asString().contains("\"lines\":[{\"quantity\":2}]"), planned.asString());
        assertTrue(statements.touching("FROM retail_order o") > 0, statements.listing());
        assertEquals(0, statements.touching("row_number()"), "one customer and a page in its keyset order need no numbering:\n" + statements.listing());
    }

    @Test
    void anUnscopedReadOfACustomerDoesNotJoinTheirHomeStore() {
        SqlArgs args = new SqlArgs();
        ReadRoot.Selection customer = CustomerReadModels.byIdFollowingMerges(1L, DataScope.all(), args);

        String plan = explain(customer.statement("c.id, c.name", null), args);

        assertFalse(plan.contains("org_unit"), "the home store is only needed for a scope's predicate:\n" + plan);
    }

    @Test
    void aCustomerWhoseIdNamesNoMergedDuplicateIsReadOnce() {
        SqlArgs args = new SqlArgs();
        ReadRoot.Selection customer = CustomerReadModels.byIdFollowingMerges(1L, DataScope.all(), args);

        // Index scans forced: with few customers in the test database PostgreSQL may scan the table instead.
        String plan = pool.withTransaction(connection -> connection.query("SET LOCAL enable_seqscan = off").execute()
                .chain(() -> connection.preparedQuery("EXPLAIN " + customer.statement("c.id, c.name", null)).execute(args.tuple())))
                .map(rows -> {
                    StringBuilder text = new StringBuilder();
                    rows.forEach(row -> text.append(row.getString(0)).append('\n'));
                    return text.toString();
                }).await().indefinitely();

        assertEquals(1, plan.split("customer_pkey", -1).length - 1, "the customer's row, once:\n" + plan);
        assertTrue(plan.contains("customer_merged_ids_idx"), "merged duplicates are looked up in their own index:\n" + plan);
    }

    private String explain(String sql, SqlArgs args) {
        StringBuilder plan = new StringBuilder();
        pool.preparedQuery("EXPLAIN " + sql).execute(args.tuple()).await().indefinitely()
                .forEach(row -> plan.append(row.getString(0)).append('\n'));
        return plan.toString();
    }
}
