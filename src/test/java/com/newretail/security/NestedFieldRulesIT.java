package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.newretail.support.ItSetup;
import com.newretail.support.KeycloakTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * With a real token the caller's identity is resolved lazily (not as with {@code @TestSecurity}):
 * fields guarded by their type's rule, batched under other batches, must check that rule without
 * blocking the event loop, and answer — for many requests at once.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class NestedFieldRulesIT {

    private final ItSetup setup = new ItSetup();

    @Test
    void aGuardedNestedFieldAnswersWithARealToken() throws Exception {
        String company = setup.orgUnit("SALES_COMPANY", "Nested Rule IT Co", setup.headquarters());
        String warehouse = setup.warehouse(company, "CENTRAL");
        String sku = setup.sku("9.90");
        setup.receive(warehouse, sku, 3);
        String store = setup.orgUnit("STORE", "Nested Rule IT Store", company);
        setup.receive(setup.warehouse(store, "STORE"), sku, 5);
        JsonPath sold = setup.admin().runText("mutation($i: SaleInput!) { salePost(input: $i) { order { id } userErrors { code } } }",
                vars("i", java.util.Map.of("storeId", store, "lines", List.of(java.util.Map.of("skuId", sku, "quantity", 1)),
                        "tenders", List.of(java.util.Map.of("tender", "CASH", "amount", "9.90")))));
        assertThat(sold.prettify(), sold.getString("data.salePost.order.id"), org.hamcrest.Matchers.notNullValue());
        // Many at once: the identity of each request must be at hand when its batch runs.
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            calls.add(() -> {
                // Guarded batches under guarded batches: Sku.product, Product.skus, Sku.stockLevels, StockLevel.warehouse.
                JsonPath page = setup.admin().runText("query($id: ID!) { node(id: $id) { ... on Sku { product { skus { id "
                        + "stockLevels { warehouse { id orgUnit { id } } } } } } } }", vars("id", sku));
                assertThat(page.prettify(), page.getList("errors"), nullValue());
                // A guarded batch under an unguarded one, as in the benchmark's Q1: Order.lines, then OrderLine.sku.
                JsonPath orders = setup.admin().runText("{ orders(first: 5) { edges { node { lines { quantity sku { id product { name } } } } } } }",
                        vars());
                assertThat(orders.prettify(), orders.getList("errors"), nullValue());
                return page.getString("data.node.product.skus[0].stockLevels[0].warehouse.orgUnit.id");
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<String> answer : pool.invokeAll(calls)) {
                String unit = answer.get();
                assertEquals(true, company.equals(unit) || store.equals(unit), unit);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
