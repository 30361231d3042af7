package com.newretail.catalog;

import static com.newretail.catalog.CatalogGraphQLTests.barcode;
import static com.newretail.catalog.CatalogGraphQLTests.sku;
import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.OrgFixtures.uniqueCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Master data upkeep: versioned changes, archiving instead of deleting, replaced barcodes that keep scanning. */
@QuarkusTest
class MasterDataTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    Pool pool;

    @Inject
    SkuCatalog skus;

    private record Created(String product, List<String> skus, List<String> barcodes, String category, String brand) {
    }

    private Created product() {
        JsonPath entries = client.run("catalog/entryCreate", vars("category", Map.of("code", uniqueCode("CAT"), "name", "Tea"),
                "brand", Map.of("code", uniqueCode("BR"), "name", "Hills")));
        String category = entries.getString("data.categoryCreate.category.id");
        String brand = entries.getString("data.brandCreate.brand.id");
        String code = uniqueCode("P");
        List<String> barcodes = List.of(barcode(), barcode());
        Map<String, Object> input = new HashMap<>(Map.of("code", code, "name", "Jasmine " + code, "categoryId", category, "brandId", brand,
                "skus", List.of(sku(code + "-A", barcodes.get(0), "30.00"), sku(code + "-B", barcodes.get(1), "60.00"))));
        JsonPath created = client.run("catalog/productCreate", vars("input", input));
        return new Created(created.getString("data.productCreate.product.id"), created.getList("data.productCreate.product.skus.id"), barcodes,
                category, brand);
    }

    private JsonPath updateProduct(String id, int version, Map<String, Object> input) {
        return client.run("catalog/productUpdate", vars("id", id, "version", version, "input", input));
    }

    private JsonPath updateSku(String id, int version, Map<String, Object> input) {
        return client.run("catalog/skuUpdate", vars("id", id, "version", version, "input", input));
    }

    private JsonPath scan(String barcode) {
        return client.run("catalog/skuByBarcode", vars("barcode", barcode));
    }

    private static List<Object> codes(JsonPath result, String operation) {
        return result.getList("data." + operation + ".userErrors.code");
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aProductChangeIsVersionedAuditedAndSeenByTheTillsAtOnce() {
        Created created = product();
        String otherCategory = client.run("catalog/entryCreate", vars("category", Map.of("code", uniqueCode("CAT"), "name", "Green"),
                "brand", Map.of("code", uniqueCode("BR"), "name", "Other"))).getString("data.categoryCreate.category.id");

        JsonPath updated = updateProduct(created.product(), 0, Map.of("name", " Jasmine Pearls ", "description", "Hand rolled", "categoryId",
                otherCategory, "unit", "TIN"));
        assertThat(updated.prettify(), codes(updated, "productUpdate"), empty());
        assertEquals("Jasmine Pearls", updated.getString("data.productUpdate.product.name"));
        assertEquals(1, updated.getInt("data.productUpdate.product.version"));
        assertEquals(otherCategory, updated.getString("data.productUpdate.product.category.id"));
        assertEquals("Jasmine Pearls", scan(created.barcodes().get(0)).getString("data.skuByBarcode.product.name"), "the till sees it at once");

        assertThat(codes(updateProduct(created.product(), 0, Map.of("name", "Late")), "productUpdate"), contains("STALE_VERSION"));
        assertThat(codes(updateProduct(created.product(), 1, Map.of("name", " ", "unit", "")), "productUpdate"),
                contains("INVALID_VALUE", "INVALID_VALUE"));
        assertThat(codes(updateProduct(created.product(), 1, Map.of("brandId", GlobalId.encode("Brand", 999_999_999L))), "productUpdate"),
                contains("NOT_FOUND"));
        assertEquals("Jasmine Pearls", scan(created.barcodes().get(0)).getString("data.skuByBarcode.product.name"));
        assertEquals("Jasmine Pearls", pool.preparedQuery(
                "SELECT changes -> 'name' ->> 'after' FROM audit_event WHERE operation = 'productUpdate' AND $1 = ANY(target_ids) "
                        + "AND changes -> 'name' ->> 'before' LIKE 'Jasmine %'").execute(Tuple.of(created.product())).await().indefinitely()
                .iterator().next().getString(0));

        JsonPath price = updateSku(created.skus().get(0), 0, Map.of("retailPrice", "32.50", "attributes", List.of("weight=100g")));
        assertThat(price.prettify(), codes(price, "skuUpdate"), empty());
        assertEquals("32.50", scan(created.barcodes().get(0)).getString("data.skuByBarcode.retailPrice.amount"));

        // Archived: the product and its SKUs are no longer sold, and it can no longer be changed.
        JsonPath archived = client.runText("mutation($id: ID!) { productArchive(id: $id, expectedVersion: 1) { product { archivedAt status "
                + "skus { status } } userErrors { code } } }", vars("id", created.product()));
        assertNotNull(archived.getString("data.productArchive.product.archivedAt"), archived.prettify());
        assertEquals("INACTIVE", archived.getString("data.productArchive.product.status"));
        assertThat(archived.getList("data.productArchive.product.skus.status"), contains("INACTIVE", "INACTIVE"));
        assertThat(codes(updateProduct(created.product(), 2, Map.of("name", "Revived")), "productUpdate"), contains("ARCHIVED"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aReplacedBarcodeKeepsScanningUntilItExpiresAndNobodyElseTakesItMeanwhile() {
        Created first = product();
        Created second = product();
        String old = first.barcodes().get(0);
        String replacement = barcode();
        long skuId = GlobalId.decode(first.skus().get(0), "Sku");

        JsonPath changed = updateSku(first.skus().get(0), 0, Map.of("barcode", replacement));
        assertThat(changed.prettify(), codes(changed, "skuUpdate"), empty());
        assertEquals(replacement, changed.getString("data.skuUpdate.sku.barcode"));
        assertEquals(first.skus().get(0), scan(old).getString("data.skuByBarcode.id"), "the old label still scans");
        assertEquals(first.skus().get(0), scan(replacement).getString("data.skuByBarcode.id"));
        assertEquals(Map.of(old, skuId, replacement, skuId), skus.idsByBarcodes(List.of(old, replacement)).await().indefinitely());

        assertThat(codes(updateSku(second.skus().get(0), 0, Map.of("barcode", old)), "skuUpdate"), contains("BARCODE_TAKEN"));
        assertThat(codes(updateSku(second.skus().get(0), 0, Map.of("barcode", replacement)), "skuUpdate"), contains("BARCODE_TAKEN"));
        assertThat(codes(updateSku(second.skus().get(0), 0, Map.of("barcode", "x")), "skuUpdate"), contains("INVALID_VALUE"));

        // After the grace period the old barcode finds nothing and another SKU may take it.
        pool.preparedQuery("UPDATE sku_barcode_alias SET valid_until = now() - interval '1 second' WHERE barcode = $1").execute(Tuple.of(old))
                .await().indefinitely();
        assertThat(scan(old).getString("data.skuByBarcode"), nullValue());
        JsonPath taken = updateSku(second.skus().get(0), 0, Map.of("barcode", old));
        assertThat(taken.prettify(), codes(taken, "skuUpdate"), empty());
        assertEquals(second.skus().get(0), scan(old).getString("data.skuByBarcode.id"));
        assertEquals(second.skus().get(0), scan(second.barcodes().get(0)).getString("data.skuByBarcode.id"), "its own old barcode scans too");
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void categoriesMoveWithoutCyclesAndAreArchivedOnlyWhenUnused() {
        Created created = product();
        JsonPath child = client.runText("mutation($input: CatalogEntryInput!) { categoryCreate(input: $input) { category { id } } }",
                vars("input", Map.of("code", uniqueCode("CAT"), "name", "Sub", "parentId", created.category())));
        String sub = child.getString("data.categoryCreate.category.id");
        String move = "mutation($id: ID!, $v: Int!, $parent: ID) { categoryMove(id: $id, expectedVersion: $v, parentId: $parent) { "
                + "category { version parent { id } } userErrors { code } } }";
        assertThat(client.runText(move, vars("id", created.category(), "v", 0, "parent", sub)).getList("data.categoryMove.userErrors.code"),
                contains("CYCLE"));
        assertThat(client.runText(move, vars("id", created.category(), "v", 0, "parent", created.category()))
                .getList("data.categoryMove.userErrors.code"), contains("CYCLE"));
        JsonPath top = client.runText(move, vars("id", sub, "v", 0, "parent", null));
        assertThat(top.getString("data.categoryMove.category.parent"), nullValue());
        assertEquals(1, top.getInt("data.categoryMove.category.version"));

        String archive = "mutation($id: ID!, $v: Int!) { categoryArchive(id: $id, expectedVersion: $v) { category { archivedAt } userErrors { code } } "
                + "}";
        assertThat(client.runText(archive, vars("id", created.category(), "v", 0)).getList("data.categoryArchive.userErrors.code"),
                contains("IN_USE"));
        assertThat(updateProduct(created.product(), 0, Map.of("categoryId", sub)).getList("data.productUpdate.userErrors"), empty());
        assertNotNull(client.runText(archive, vars("id", created.category(), "v", 0)).getString("data.categoryArchive.category.archivedAt"));
        assertThat(codes(updateProduct(created.product(), 1, Map.of("categoryId", created.category())), "productUpdate"), contains("NOT_FOUND"));
        // An import cannot put products under it either (as productCreate and productUpdate cannot).
        String archivedCode = pool.preparedQuery("SELECT code FROM category WHERE id = $1").execute(Tuple.of(GlobalId.decode(created.category(),
                "Category"))).await().indefinitely().iterator().next().getString(0);
        String importCode = uniqueCode("IMP");
        JsonPath imported = client.run("catalog/productsImport", vars("rows", List.of(Map.of("productCode", importCode, "productName", "Late tea",
                "skuCode", importCode + "-1", "retailPrice", "9.00", "categoryCode", archivedCode))));
        assertThat(imported.prettify(), imported.getList("data.productsImport.userErrors.code"), contains("NOT_FOUND"));
        assertEquals(0, imported.getInt("data.productsImport.productsCreated"));

        JsonPath renamed = client.runText("mutation($id: ID!) { brandUpdate(id: $id, expectedVersion: 0, name: \"Hills & Co\") { "
                + "brand { name version } userErrors { code } } }", vars("id", created.brand()));
        assertEquals("Hills & Co", renamed.getString("data.brandUpdate.brand.name"), renamed.prettify());
        assertThat(client.runText("mutation($id: ID!) { brandArchive(id: $id, expectedVersion: 1) { userErrors { code } } }",
                vars("id", created.brand())).getList("data.brandArchive.userErrors.code"), contains("IN_USE"));
    }
}
