package com.newretail.inventory;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.document;
import static com.newretail.support.InventoryCalls.lines;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** The inventory lists filter with one `where:` input each; statuses are enums there. */
@QuarkusTest
class InventoryFilterTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void everyInventoryListFiltersWithWhere() {
        long company = orgs.company("Filter Co");
        long store = orgs.store(company, "Filter Store");
        long warehouse = stock.warehouse(store);
        long other = stock.warehouse(company);
        long x = stock.sku();
        String document = client.run("inventory/receipt", vars("input", document(warehouse, null, sku(x), 5)))
                .getString("data.stockReceiptPost.document.id");
        String transfer = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(warehouse),
                "targetWarehouseId", wh(other), "lines", lines(sku(x), 1)))).getString("data.stockTransferCreate.transfer.id");
        String stocktake = client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse))))
                .getString("data.stocktakeStart.stocktake.id");

        assertThat(ids("stockDocuments", "StockDocumentFilter", Map.of("warehouseId", wh(warehouse), "status", "POSTED")), contains(document));
        assertThat(ids("stockDocuments", "StockDocumentFilter", Map.of("warehouseId", wh(warehouse), "status", "DRAFT")), empty());
        assertThat(ids("stockTransfers", "StockTransferFilter", Map.of("warehouseId", wh(other), "status", "DRAFT")), contains(transfer));
        assertThat(ids("stockTransfers", "StockTransferFilter", Map.of("warehouseId", wh(other), "status", "SHIPPED")), empty());
        assertThat(ids("stocktakes", "StocktakeFilter", Map.of("warehouseId", wh(warehouse), "status", "COUNTING")), contains(stocktake));
        assertThat(ids("warehouses", "WarehouseFilter", Map.of("orgUnitId", gid(store))), contains(wh(warehouse)));

        JsonPath ledger = client.runText("query($where: StockLedgerFilter) { stockLedger(where: $where) { edges { node { documentId } } } }",
                vars("where", Map.of("warehouseId", wh(warehouse), "skuId", sku(x), "documentId", document)));
        assertThat(ledger.prettify(), ledger.getList("data.stockLedger.edges.node.documentId"), contains(document));

        long y = stock.sku();
        stock.receive(warehouse, y, 1);
        String levels = "query($w: ID!, $where: StockLevelFilter) { stockLevels(warehouseId: $w, where: $where) { edges { node { sku { id } } } } }";
        JsonPath onlyX = client.runText(levels, vars("w", wh(warehouse), "where", Map.of("skuIds", List.of(sku(x)))));
        assertThat(onlyX.prettify(), onlyX.getList("data.stockLevels.edges.node.sku.id"), contains(sku(x)));
        assertThat(client.runText(levels, vars("w", wh(warehouse), "where", Map.of("skuIds", List.of())))
                .getList("data.stockLevels.edges.node.sku.id"), org.hamcrest.Matchers.containsInAnyOrder(sku(x), sku(y)));
        JsonPath badSku = client.runText(levels, vars("w", wh(warehouse), "where", Map.of("skuIds", List.of(sku(x), wh(warehouse)))));
        assertEquals("invalid-global-id", badSku.getString("errors[0].extensions.code"), badSku.prettify());

        String code = client.runText("query($id: ID!) { node(id: $id) { ... on Sku { code product { id } } } }", vars("id", sku(x)))
                .getString("data.node.code");
        assertThat(client.runText("query($where: ProductFilter) { products(where: $where) { edges { node { skus { id } } } } }",
                vars("where", Map.of("search", code))).getList("data.products.edges.node.skus.id"), contains(List.of(sku(x))));

        for (String unfiltered : List.of("stockDocuments", "stockTransfers", "stocktakes", "warehouses", "stockLedger", "products")) {
            JsonPath all = client.runText("{ " + unfiltered + "(first: 1) { edges { cursor } } }", vars());
            assertThat(unfiltered + ": " + all.prettify(), all.getList("errors"), org.hamcrest.Matchers.nullValue());
        }

        JsonPath bad = client.runText("query { stockDocuments(where: { warehouseId: \"not-an-id\" }) { edges { node { id } } } }", vars());
        assertEquals("invalid-global-id", bad.getString("errors[0].extensions.code"));
    }

    private List<String> ids(String list, String filterType, Map<String, Object> where) {
        JsonPath page = client.runText("query($where: " + filterType + ") { " + list + "(where: $where) { edges { node { id } } } }",
                vars("where", where));
        assertThat(page.prettify(), page.getList("errors"), org.hamcrest.Matchers.nullValue());
        return page.getList("data." + list + ".edges.node.id");
    }
}
