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
    void anUnscopedReadOfACustomerDoesNotJoinTheirHomeStore() {
        SqlArgs args = new SqlArgs();
        ReadRoot.Selection customer = CustomerReadModels.byIdFollowingMerges(1L, DataScope.all(), args);

        String plan = explain(customer.statement("c.id, c.name", null), args);

        assertFalse(plan.contains("org_unit"), "the home store is only needed for a scope's predicate:\n" + plan);
    }

    private String explain(String sql, SqlArgs args) {
        StringBuilder plan = new StringBuilder();
        pool.preparedQuery("EXPLAIN " + sql).execute(args.tuple()).await().indefinitely()
                .forEach(row -> plan.append(row.getString(0)).append('\n'));
        return plan.toString();
    }
}
