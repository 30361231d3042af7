package com.newretail.operations;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Market prices: recorded within the caller's scope with checked input, listed, and compared with our price per period and region. */
@QuarkusTest
class MarketPricesTests {

    private static final String MANAGER = "market-manager";

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    private JsonPath record(Map<String, Object> input) {
        return client.run("operations/marketPriceRecord", vars("input", input));
    }

    private static Map<String, Object> seen(String sku, long unit, String price, LocalDate on) {
        return fields("skuId", sku, "orgUnitId", gid(unit), "channel", "STORE", "price", price, "observedOn", on.toString(), "source",
                "Rival Tea House");
    }

    private long count() {
        return pool.query("SELECT count(*) FROM market_price").execute().await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    @TestSecurity(user = MANAGER, roles = { "store-manager", "sales-clerk" })
    void pricesAreRecordedInScopeAndComparedWithOursPerMonth() {
        long company = orgs.company("Market Co");
        long storeA = orgs.store(orgs.dealer(company, "Market Dealer"), "Market Store A");
        long storeB = orgs.store(company, "Market Store B");
        long elsewhere = orgs.store(orgs.company("Market Other Co"), "Market Other Store");
        orgs.bind(MANAGER, company, "REGIONAL_MANAGER");
        String sku = GlobalId.encode("Sku", stock.sku());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(10);

        long before = count();
        assertThat(record(seen(sku, storeA, "0", today)).getList("data.marketPriceRecord.userErrors.field"), contains(List.of("input", "price")));
        assertThat(record(seen(sku, storeA, "9.00", today.plusDays(2))).getList("data.marketPriceRecord.userErrors.field"),
                contains(List.of("input", "observedOn")));
        Map<String, Object> nothing = seen(sku, storeA, "9.00", today);
        nothing.remove("skuId");
        assertThat(record(nothing).getList("data.marketPriceRecord.userErrors.field"), contains(List.of("input", "productName")));
        assertThat(record(seen(sku, elsewhere, "9.00", today)).getList("data.marketPriceRecord.userErrors.code"), contains("NOT_FOUND"));
        assertEquals(before, count(), "refused observations leave nothing behind");

        JsonPath recorded = ok(record(seen(sku, storeA, "9.00", lastMonth)), "marketPriceRecord");
        assertEquals(MANAGER, recorded.getString("data.marketPriceRecord.marketPrice.observedBy"));
        assertEquals(sku, recorded.getString("data.marketPriceRecord.marketPrice.sku.id"));
        ok(record(seen(sku, storeB, "11.00", lastMonth.plusDays(3))), "marketPriceRecord");
        ok(record(seen(sku, storeA, "8.00", today)), "marketPriceRecord");
        Map<String, Object> rival = fields("productName", "Rival Longjing 250g", "orgUnitId", gid(storeB), "channel", "ONLINE", "price", "35.50",
                "observedOn", today.toString(), "source", "tmall.com", "note", "Promotion \"618\"");
        ok(record(rival), "marketPriceRecord");
        // Seen outside the region: not part of it.
        pool.preparedQuery("INSERT INTO market_price (sku_id, org_unit_id, channel, price, observed_on, source, observed_by) VALUES ($1, $2, "
                + "'STORE', 1.00, $3, 'far away', 'seed')").execute(Tuple.of(GlobalId.decode(sku, "Sku"), elsewhere, today)).await().indefinitely();

        JsonPath listed = client.run("operations/marketPrices", vars("orgUnitId", gid(company), "first", 10));
        assertThat(listed.getList("data.marketPrices.edges.node.price.amount"), contains("35.50", "8.00", "11.00", "9.00"));
        assertThat(client.run("operations/marketPrices", vars("productName", "longjing", "first", 10))
                .getList("data.marketPrices.edges.node.source"), contains("tmall.com"));

        // Our retail price is 9.90: last month the market averaged 10.00 (−1.0 %), this month 8.00 (+23.8 %).
        JsonPath compared = client.run("operations/priceComparison", vars("skuId", sku, "orgUnitId", gid(company), "from",
                today.minusMonths(2).toString(), "to", today.toString(), "interval", "MONTH"));
        assertThat(compared.getList("data.priceComparison.points.marketAverage.amount"), contains("10.00", "8.00"));
        assertThat(compared.getList("data.priceComparison.points.ourPrice.amount"), contains("9.90", "9.90"));
        assertThat(compared.getList("data.priceComparison.points.gapPercent"), contains("-1.0", "23.8"));
        assertThat(compared.getList("data.priceComparison.points.observations"), contains(2, 1));
        assertThat(compared.getList("data.priceComparison.points.periodStart"), contains(lastMonth.withDayOfMonth(1).toString(),
                today.withDayOfMonth(1).toString()));
    }
}
