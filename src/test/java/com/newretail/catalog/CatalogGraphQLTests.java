package com.newretail.catalog;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.OrgFixtures.uniqueCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CatalogGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    static Map<String, Object> sku(String code, String barcode, String price, String... attributes) {
        Map<String, Object> sku = new HashMap<>();
        sku.put("code", code);
        sku.put("barcode", barcode);
        sku.put("retailPrice", price);
        sku.put("attributes", List.of(attributes));
        return sku;
    }

    static String barcode() {
        return String.valueOf(System.nanoTime()).substring(3) + (int) (Math.random() * 10);
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void createsAProductWithSkusAndFindsItByBarcode() {
        JsonPath entries = client.run("catalog/entryCreate", vars(
                "category", Map.of("code", uniqueCode("CAT"), "name", "Tea"),
                "brand", Map.of("code", uniqueCode("BR"), "name", "Hills")));
        String categoryId = entries.getString("data.categoryCreate.category.id");
        String brandId = entries.getString("data.brandCreate.brand.id");
        JsonPath child = client.runText("mutation($input: CatalogEntryInput!) { categoryCreate(input: $input) { "
                + "category { id parent { id name } } userErrors { code } } }",
                vars("input", Map.of("code", uniqueCode("CAT"), "name", "Oolong", "parentId", categoryId)));
        assertEquals(categoryId, child.getString("data.categoryCreate.category.parent.id"), child.prettify());
        assertEquals("Tea", child.getString("data.categoryCreate.category.parent.name"));
        String red = barcode();
        String code = uniqueCode("P");
        Map<String, Object> input = new HashMap<>(Map.of("code", code, "name", "Oolong Gift Box " + code, "categoryId", categoryId,
                "brandId", brandId, "unit", "BOX",
                "skus", List.of(sku(code + "-R", red, "199.00", "colour=red"), sku(code + "-G", barcode(), "0.10", "colour=green"))));
        JsonPath created = client.run("catalog/productCreate", vars("input", input));
        assertThat(created.prettify(), created.getList("errors"), nullValue());
        assertThat(created.getList("data.productCreate.userErrors"), empty());
        assertThat(created.getList("data.productCreate.product.skus.code"), contains(code + "-G", code + "-R"));
        assertEquals("0.10", created.getString("data.productCreate.product.skus[0].retailPrice.amount"));
        assertEquals("CNY", created.getString("data.productCreate.product.skus[0].retailPrice.currency"));
        assertEquals("BOX", created.getString("data.productCreate.product.unit"));

        JsonPath scanned = client.run("catalog/skuByBarcode", vars("barcode", red));
        assertEquals(code + "-R", scanned.getString("data.skuByBarcode.code"));
        assertEquals("199.00", scanned.getString("data.skuByBarcode.retailPrice.amount"));
        assertEquals(code, scanned.getString("data.skuByBarcode.product.code"));
        assertThat(client.run("catalog/skuByBarcode", vars("barcode", "0000")).getString("data.skuByBarcode"), nullValue());

        assertThat(client.run("catalog/products", vars("search", red)).getList("data.products.edges.node.code"), contains(code));
        assertThat(client.run("catalog/products", vars("search", "gift box " + code.toLowerCase())).getList("data.products.edges.node.code"),
                contains(code));
        assertThat(client.run("catalog/products", vars("categoryId", categoryId)).getList("data.products.edges.node.code"),
                contains(code));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void badProductsAreRefusedWholeWithPerFieldErrors() {
        String taken = barcode();
        String code = uniqueCode("P");
        client.run("catalog/productCreate", vars("input", Map.of("code", code, "name", "First",
                "skus", List.of(sku(code + "-1", taken, "10")))));

        String other = uniqueCode("P");
        JsonPath bad = client.run("catalog/productCreate", vars("input", Map.of("code", other, "name", "Second",
                "skus", List.of(sku(other + "-1", barcode(), "-1"), sku(other + "-2", "x", "1.005"), sku(other + "-3", null, "5", "nocolon")))));
        assertThat(bad.getList("data.productCreate.userErrors.code"), containsInAnyOrder("INVALID_VALUE", "INVALID_VALUE",
                "INVALID_VALUE", "INVALID_VALUE"));
        assertThat(bad.getList("data.productCreate.userErrors.field"), hasItem(List.of("input", "skus", "0", "retailPrice")));

        JsonPath duplicate = client.run("catalog/productCreate", vars("input", Map.of("code", other, "name", "Second",
                "skus", List.of(sku(other + "-1", taken, "5")))));
        assertThat(duplicate.getList("data.productCreate.userErrors.code"), contains("BARCODE_TAKEN"));
        JsonPath none = client.run("catalog/productCreate", vars("input", Map.of("code", other, "name", "No SKUs")));
        assertThat(none.getList("data.productCreate.userErrors.code"), contains("REQUIRED"));
        assertThat(client.run("catalog/products", vars("search", other)).getList("data.products.edges"), empty());
    }

    @Test
    @TestSecurity(user = "clerk", roles = "sales-clerk")
    void staffReadTheCatalogButOnlyHeadquartersChangesIt() {
        JsonPath denied = client.run("catalog/productCreate", vars("input", Map.of("code", uniqueCode("P"), "name", "x",
                "skus", List.of(sku(uniqueCode("S"), barcode(), "1")))));
        assertThat(denied.getString("errors[0].extensions.code"), equalTo("forbidden"));
        assertThat(client.run("catalog/products", vars("first", 1)).getList("errors"), nullValue());
    }
}
