package com.newretail.catalog;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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

/** Price lists and the price(sku, orgUnit, at) rule; bulk imports with per-row errors. */
@QuarkusTest
class PricesAndImportTests {

    private static final OffsetDateTime NOW = OffsetDateTime.now();

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    private String list(String target, Object targetValue, OffsetDateTime from, OffsetDateTime to, long skuId, String amount) {
        Map<String, Object> input = new HashMap<>(Map.of("code", OrgFixtures.uniqueCode("PL"), "name", "List", target, targetValue,
                "validFrom", from.toString()));
        if (to != null) {
            input.put("validTo", to.toString());
        }
        String id = ok(client.run("catalog/priceListCreate", vars("input", input)), "priceListCreate")
                .getString("data.priceListCreate.priceList.id");
        ok(client.run("catalog/priceListItemsSet", vars("id", id, "items", List.of(Map.of("skuId", sku(skuId), "amount", amount)))),
                "priceListItemsSet");
        return id;
    }

    private String price(long skuId, long orgUnit, OffsetDateTime at) {
        JsonPath result = client.run("catalog/price", vars("skuId", sku(skuId), "orgUnitId", gid(orgUnit), "at", at.toString()));
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        return result.getString("data.price.price.amount");
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void thePriceComesFromTheNearestAssignedListThenTheLevelThenTheRetailPrice() {
        long company = orgs.company("Price Co");
        long dealer = orgs.dealer(company, "Price Dealer");
        long store = orgs.store(dealer, "Price Store");
        long otherDealer = orgs.dealer(company, "Other Price Dealer");
        long lonelyDealer = orgs.dealer(orgs.company("Lonely Price Co"), "Lonely Dealer");
        long item = stock.sku();

        list("level", "DEALER", NOW.minusDays(2), null, item, "6.00");
        list("level", "DEALER", NOW.minusHours(1), null, item, "5.50");
        assertEquals("5.50", price(item, lonelyDealer, NOW));
        assertEquals("6.00", price(item, lonelyDealer, NOW.minusDays(1)));

        list("orgUnitId", gid(company), NOW.minusDays(1), null, item, "7.00");
        list("orgUnitId", gid(dealer), NOW.minusDays(1), null, item, "6.50");
        list("orgUnitId", gid(dealer), NOW.plusDays(1), null, item, "1.00");
        list("orgUnitId", gid(otherDealer), NOW.minusDays(3), NOW.minusDays(1), item, "2.00");

        assertEquals("6.50", price(item, dealer, NOW));
        assertEquals("6.50", price(item, store, NOW));
        assertEquals("1.00", price(item, store, NOW.plusDays(2)));
        assertEquals("7.00", price(item, otherDealer, NOW));
        assertEquals("2.00", price(item, otherDealer, NOW.minusDays(2)));
        assertEquals("7.00", price(item, company, NOW));
        JsonPath retail = client.run("catalog/price", vars("skuId", sku(item), "orgUnitId", gid(orgs.headquarters())));
        assertEquals("9.90", retail.getString("data.price.price.amount"));
        assertEquals(true, retail.getBoolean("data.price.retailPrice"));
        assertThat(retail.getString("data.price.priceList"), nullValue());
    }

    @Test
    @TestSecurity(user = "pricer", roles = "org-admin")
    void aCompanyPricesItsOwnUnitsOnlyAndBadRowsChangeNothing() {
        long company = orgs.company("Own Price Co");
        long dealer = orgs.dealer(company, "Own Dealer");
        long foreign = orgs.dealer(orgs.company("Foreign Price Co"), "Foreign Dealer");
        orgs.bind("pricer", company, "REGIONAL_MANAGER");
        long item = stock.sku();

        String id = list("orgUnitId", gid(dealer), NOW.minusDays(1), null, item, "4.00");
        assertEquals("4.00", price(item, dealer, NOW));
        JsonPath outside = client.run("catalog/price", vars("skuId", sku(item), "orgUnitId", gid(foreign)));
        assertThat(outside.getString("data.price"), nullValue());
        Map<String, Object> foreignList = Map.of("code", OrgFixtures.uniqueCode("PL"), "name", "X", "orgUnitId", gid(foreign),
                "validFrom", NOW.toString());
        assertThat(client.run("catalog/priceListCreate", vars("input", foreignList)).getList("data.priceListCreate.userErrors.code"),
                contains("NOT_FOUND"));
        Map<String, Object> levelList = Map.of("code", OrgFixtures.uniqueCode("PL"), "name", "X", "level", "STORE", "validFrom", NOW.toString());
        assertThat(client.run("catalog/priceListCreate", vars("input", levelList)).getList("data.priceListCreate.userErrors.code"),
                contains("INVALID_VALUE"));

        JsonPath bad = client.run("catalog/priceListItemsSet", vars("id", id, "items", List.of(
                Map.of("skuId", sku(item), "amount", "3.00"),
                Map.of("skuId", sku(999_999_999L), "amount", "1.00"),
                Map.of("skuId", sku(stock.sku()), "amount", "1.001"))));
        assertThat(bad.getList("data.priceListItemsSet.userErrors.field"), contains(List.of("items", "2", "amount")));
        JsonPath unknown = client.run("catalog/priceListItemsSet", vars("id", id, "items", List.of(
                Map.of("skuId", sku(item), "amount", "3.00"), Map.of("skuId", sku(999_999_999L), "amount", "1.00"))));
        assertThat(unknown.getList("data.priceListItemsSet.userErrors.field"), contains(List.of("items", "1", "skuId")));
        assertEquals("4.00", price(item, dealer, NOW));
    }

    private static List<Map<String, Object>> rows(String prefix, int products, int skusPerProduct) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            for (int s = 0; s < skusPerProduct; s++) {
                Map<String, Object> row = new HashMap<>();
                row.put("productCode", prefix + "-P" + p);
                if (s == 0) {
                    row.put("productName", "Imported product " + p);
                }
                row.put("skuCode", prefix + "-P" + p + "-S" + s);
                row.put("barcode", prefix.replace("-", "") + "B" + p + "X" + s);
                row.put("attributes", List.of("size=" + s));
                row.put("retailPrice", (10 + s) + ".50");
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aThousandRowImportCreatesEverythingAndOneBadRowCreatesNothing() {
        String prefix = OrgFixtures.uniqueCode("IMP");
        JsonPath imported = ok(client.run("catalog/productsImport", vars("rows", rows(prefix, 250, 4))), "productsImport");
        assertEquals(250, imported.getInt("data.productsImport.productsCreated"));
        assertEquals(1000, imported.getInt("data.productsImport.skusCreated"));
        JsonPath scanned = client.run("catalog/skuByBarcode", vars("barcode", prefix.replace("-", "") + "B7X3"));
        assertEquals(prefix + "-P7-S3", scanned.getString("data.skuByBarcode.code"));
        assertEquals("13.50", scanned.getString("data.skuByBarcode.retailPrice.amount"));
        assertThat(scanned.getList("data.skuByBarcode.product.skus.code"), hasSize(4));

        String second = OrgFixtures.uniqueCode("IMP");
        List<Map<String, Object>> bad = rows(second, 250, 4);
        bad.get(10).put("skuCode", prefix + "-P0-S0");
        bad.get(500).put("barcode", bad.get(501).get("barcode"));
        bad.get(999).put("retailPrice", "-1");
        bad.get(700).put("categoryCode", "NO-SUCH-CATEGORY");
        JsonPath refused = client.run("catalog/productsImport", vars("rows", bad));
        assertThat(refused.prettify(), refused.getList("errors"), nullValue());
        List<List<String>> fields = refused.getList("data.productsImport.userErrors.field");
        assertTrue(fields.contains(List.of("rows", "501", "barcode")), fields.toString());
        assertTrue(fields.contains(List.of("rows", "999", "retailPrice")), fields.toString());
        assertEquals(0, refused.getInt("data.productsImport.skusCreated"));
        // Format problems are reported first; once fixed, conflicts with stored data are reported.
        bad.get(501).put("barcode", second.replace("-", "") + "fixed");
        bad.get(999).put("retailPrice", "1.00");
        JsonPath conflicts = client.run("catalog/productsImport", vars("rows", bad));
        List<List<String>> conflictFields = conflicts.getList("data.productsImport.userErrors.field");
        assertThat(conflicts.getList("data.productsImport.userErrors.code"), contains("CODE_TAKEN", "NOT_FOUND"));
        assertEquals(List.of(List.of("rows", "10", "skuCode"), List.of("rows", "700", "categoryCode")), conflictFields);
        assertThat(client.run("catalog/skuByBarcode", vars("barcode", second.replace("-", "") + "B1X1")).getString("data.skuByBarcode"),
                nullValue());
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void skusAreAddedToAnExistingProductInBulk() {
        String prefix = OrgFixtures.uniqueCode("BULK");
        ok(client.run("catalog/productsImport", vars("rows", rows(prefix, 1, 1))), "productsImport");
        String productId = client.run("catalog/skuByBarcode", vars("barcode", prefix.replace("-", "") + "B0X0"))
                .getString("data.skuByBarcode.product.id");
        List<Map<String, Object>> skus = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            skus.add(Map.of("code", prefix + "-V" + i, "barcode", prefix.replace("-", "") + "V" + i, "retailPrice", "2.00"));
        }
        JsonPath added = ok(client.run("catalog/skusBulkCreate", vars("productId", productId, "skus", skus)), "skusBulkCreate");
        assertEquals(0, added.getInt("data.skusBulkCreate.productsCreated"));
        assertEquals(1000, added.getInt("data.skusBulkCreate.skusCreated"));
        JsonPath again = client.run("catalog/skusBulkCreate", vars("productId", productId, "skus", skus.subList(0, 2)));
        assertThat(again.getList("data.skusBulkCreate.userErrors.code"), contains("CODE_TAKEN", "BARCODE_TAKEN", "CODE_TAKEN", "BARCODE_TAKEN"));
    }
}
