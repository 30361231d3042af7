package com.newretail.analytics;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.tender;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The channel operations center on a small data set whose figures are worked out by hand below:
 * company C with dealer D1 (stores S1, S2) and dealer D2 (store S3); ten days of March 2025 and one
 * day of March 2024 in the roll-ups, targets for March, and stock in the stores. A dealer manager of
 * D1 sees S1 and S2 only. Separately, sales, a refund and their roll-ups made through the API agree
 * with the roll-ups rebuilt from the orders.
 */
@QuarkusTest
class DashboardTests {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 10);

    /** The channel of the data set. */
    record World(long company, long dealer1, long dealer2, long store1, long store2, long store3, long kong, long lin, long tea, long cup,
            long kettle, long teaCategory) {
    }

    private static World world;

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    private World world() {
        if (world != null) {
            return world;
        }
        long company = orgs.company("Dash Co");
        long dealer1 = orgs.dealer(company, "Dash Dealer 1");
        long dealer2 = orgs.dealer(company, "Dash Dealer 2");
        long store1 = orgs.store(dealer1, "Dash Store 1");
        long store2 = orgs.store(dealer1, "Dash Store 2");
        long store3 = orgs.store(dealer2, "Dash Store 3");
        orgs.bind("dash-dealer", dealer1, "DEALER_OWNER");
        long kong = orgs.staff(store1, "SHOPPING_GUIDE", "Kong Dash", null);
        long lin = orgs.staff(store1, "SHOPPING_GUIDE", "Lin Dash", null);
        long[] teaInCategory = stock.categoryWithSku();
        long tea = teaInCategory[1];
        long cup = stock.sku();
        long kettle = stock.sku();
        world = new World(company, dealer1, dealer2, store1, store2, store3, kong, lin, tea, cup, kettle, teaInCategory[0]);

        // Sales per store, day, hour and salesperson.
        hour(store1, "2025-03-02", 10, kong, "CNY", 4, 10, "400.00", 1, 2, "50.00");
        hour(store1, "2025-03-02", 15, lin, "CNY", 2, 2, "100.00", 0, 0, "0");
        hour(store1, "2025-03-05", 10, null, "CNY", 1, 3, "90.00", 0, 0, "0");
        hour(store2, "2025-03-05", 19, null, "CNY", 5, 5, "250.00", 0, 0, "0");
        hour(store3, "2025-03-05", 10, null, "CNY", 10, 20, "1000.00", 0, 0, "0");
        hour(store1, "2025-03-11", 10, kong, "CNY", 100, 100, "9999.00", 0, 0, "0"); // after the period
        hour(store1, "2025-03-03", 11, kong, "USD", 7, 7, "700.00", 0, 0, "0"); // another currency
        hour(store1, "2024-03-02", 10, null, "CNY", 2, 2, "200.00", 0, 0, "0"); // last year
        // Targets for March 2025 (31 days; the period has 10 of them).
        target(store1, null, "3100.00");
        target(kong, store1, "3100.00");
        target(dealer1, null, "6200.00");
        // Units per store, SKU and day, and stock now.
        sku(store1, tea, "2025-03-02", 10, 1, "450.00");
        sku(store1, cup, "2025-03-05", 4, 0, "200.00");
        sku(store2, tea, "2025-03-05", 5, 0, "250.00");
        sku(store3, tea, "2025-03-05", 100, 0, "5000.00");
        long warehouse1 = stock.warehouse(store1);
        long warehouse2 = stock.warehouse(store2);
        stock.receive(warehouse1, tea, 20);
        stock.receive(warehouse1, kettle, 50);
        stock.receive(warehouse2, tea, 5);
        exec("INSERT INTO stock_level (warehouse_id, sku_id, on_hand) VALUES ($1, $2, 0)", Tuple.of(warehouse1, cup));
        return world;
    }

    private void hour(long store, String day, int hour, Long staff, String currency, int orders, int items, String sales, int returns,
            int returnedItems, String refunds) {
        exec("INSERT INTO sales_hourly (store_id, business_date, hour, staff_id, currency, orders, items, sales, returns, returned_items, refunds) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", Tuple.tuple(List.of(store, LocalDate.parse(day), (short) hour))
                .addValue(staff).addValue(currency).addValue(orders).addValue(items).addValue(new BigDecimal(sales)).addValue(returns)
                .addValue(returnedItems).addValue(new BigDecimal(refunds)));
    }

    private void target(long unitOrStaff, Long storeOfStaff, String amount) {
        if (storeOfStaff == null) {
            exec("INSERT INTO sales_target (org_unit_id, month, amount, currency, origin, updated_by) VALUES ($1, '2025-03-01', $2, 'CNY', 'SET', 'test')",
                    Tuple.of(unitOrStaff, new BigDecimal(amount)));
        } else {
            exec("INSERT INTO sales_target (org_unit_id, staff_id, month, amount, currency, origin, updated_by) "
                    + "VALUES ($1, $2, '2025-03-01', $3, 'CNY', 'SET', 'test')", Tuple.of(storeOfStaff, unitOrStaff, new BigDecimal(amount)));
        }
    }

    private void sku(long store, long sku, String day, int sold, int returned, String sales) {
        exec("INSERT INTO sku_sales_daily (store_id, business_date, sku_id, sold, returned, sales) VALUES ($1, $2, $3, $4, $5, $6)",
                Tuple.of(store, LocalDate.parse(day), sku, sold, returned, new BigDecimal(sales)));
    }

    private void exec(String sql, Tuple args) {
        pool.preparedQuery(sql).execute(args).await().indefinitely();
    }

    /** A query's answer, asserting it has no errors. */
    private static JsonPath read(JsonPath result) {
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        return result;
    }

    private JsonPath people(long unit, String groupBy) {
        return client.run("analytics/peopleDashboard", vars("unit", gid(unit), "from", FROM.toString(), "to", TO.toString(), "groupBy", groupBy));
    }

    @Test
    @TestSecurity(user = "dash-dealer", roles = { "org-admin", "store-manager" })
    void peopleRanksTheDealersStoresWithTheirRatiosAndTargets() {
        World w = world();
        JsonPath people = read(people(w.dealer1(), "STORE"));
        String at = "data.peopleDashboard.";
        // S1: 7 transactions, 15 items, 590.00 sold, 2 items (50.00) refunded; S2: 5, 5, 250.00.
        assertEquals(12, people.getInt(at + "totals.transactions"));
        assertEquals(20, people.getInt(at + "totals.items"));
        assertEquals("840.00", people.getString(at + "totals.sales.amount"));
        assertEquals("790.00", people.getString(at + "totals.netSales.amount"));
        assertEquals("70.00", people.getString(at + "totals.averageTicket.amount"));
        assertEquals("1.67", people.getString(at + "totals.itemsPerTransaction"));
        assertEquals("10.0", people.getString(at + "totals.returnRatePercent"));
        assertEquals("2000.00", people.getString(at + "totals.target.amount")); // 6,200.00 × 10/31
        assertEquals("39.5", people.getString(at + "totals.attainmentPercent"));
        assertThat(people.getList(at + "rows.label"), contains("Dash Store 1", "Dash Store 2"));
        assertThat(people.getList(at + "rows.rank"), contains(1, 2));
        assertEquals(gid(w.store1()), people.getString(at + "rows[0].store.id"));
        assertEquals(7, people.getInt(at + "rows[0].figures.transactions"));
        assertEquals("540.00", people.getString(at + "rows[0].figures.netSales.amount"));
        assertEquals("84.29", people.getString(at + "rows[0].figures.averageTicket.amount"));
        assertEquals("2.14", people.getString(at + "rows[0].figures.itemsPerTransaction"));
        assertEquals("13.3", people.getString(at + "rows[0].figures.returnRatePercent"));
        assertEquals("1000.00", people.getString(at + "rows[0].figures.target.amount"));
        assertEquals("54.0", people.getString(at + "rows[0].figures.attainmentPercent"));
        assertEquals("50.00", people.getString(at + "rows[1].figures.averageTicket.amount"));
        assertEquals("0.0", people.getString(at + "rows[1].figures.returnRatePercent"));
        assertNull(people.get(at + "rows[1].figures.target"));
        assertNull(people.get(at + "rows[1].figures.attainmentPercent"));
        assertEquals("netSalesByPerson", people.getString(at + "charts[0].key"));
        assertThat(people.getList(at + "charts[0].categories"), contains("Dash Store 1", "Dash Store 2"));
        assertThat(people.getList(at + "charts[0].series[0].values"), contains("540.00", "250.00"));
        assertThat(people.getList(at + "charts[0].series[1].values"), contains("1000.00", null));

        JsonPath staff = read(people(w.dealer1(), "STAFF"));
        assertThat(staff.getList(at + "rows.label"), contains("Kong Dash", "Lin Dash"));
        assertEquals(GlobalId.encode("Staff", w.kong()), staff.getString(at + "rows[0].staff.id"));
        assertEquals("350.00", staff.getString(at + "rows[0].figures.netSales.amount"));
        assertEquals("1000.00", staff.getString(at + "rows[0].figures.target.amount"));
        assertEquals("35.0", staff.getString(at + "rows[0].figures.attainmentPercent"));
        assertEquals("100.00", staff.getString(at + "rows[1].figures.netSales.amount"));
        assertEquals("790.00", staff.getString(at + "totals.netSales.amount")); // sales without a salesperson count in the totals
    }

    @Test
    @TestSecurity(user = "dash-dealer", roles = { "org-admin", "store-manager" })
    void aDealerSeesItsOwnStoresOnly() {
        World w = world();
        assertNull(read(people(w.dealer2(), "STORE")).get("data.peopleDashboard"));
        assertNull(read(people(w.store3(), "STORE")).get("data.peopleDashboard"));
        // The company is above the dealer's scope: like any unit outside it, it shows nothing.
        assertNull(read(people(w.company(), "STORE")).get("data.peopleDashboard"));
        assertNull(read(goods(w.company(), "SKU")).get("data.goodsDashboard"));
        assertNull(read(place(w.company())).get("data.placeDashboard"));
        // A store of its own it sees, with S2 (not in that store's subtree) left out.
        JsonPath store = read(people(w.store1(), "STORE"));
        assertThat(store.getList("data.peopleDashboard.rows.label"), contains("Dash Store 1"));
        assertEquals("540.00", store.getString("data.peopleDashboard.totals.netSales.amount"));
    }

    @Test
    @TestSecurity(user = "dash-hq", roles = "hq-admin")
    void headquartersSeesTheWholeCompanyAndBadRangesAreRefused() {
        World w = world();
        JsonPath company = read(people(w.company(), "STORE"));
        assertThat(company.getList("data.peopleDashboard.rows.label"), contains("Dash Store 3", "Dash Store 1", "Dash Store 2"));
        assertEquals("1790.00", company.getString("data.peopleDashboard.totals.netSales.amount"));
        JsonPath backwards = client.run("analytics/peopleDashboard", vars("unit", gid(w.company()), "from", "2025-03-10", "to", "2025-03-01"));
        assertThat(backwards.getString("errors[0].message"), containsString("'to' must not be before 'from'"));
        JsonPath tooLong = client.run("analytics/peopleDashboard", vars("unit", gid(w.company()), "from", "2024-01-01", "to", "2025-03-01"));
        assertThat(tooLong.getString("errors[0].message"), containsString("at most 366 days"));
        JsonPath tooMany = client.run("analytics/peopleDashboard", vars("unit", gid(w.company()), "from", FROM.toString(), "to", TO.toString(),
                "first", 101));
        assertThat(tooMany.getString("errors[0].message"), containsString("'first' must be between 1 and 100"));
    }

    private JsonPath goods(long unit, String groupBy) {
        return client.run("analytics/goodsDashboard", vars("unit", gid(unit), "from", FROM.toString(), "to", TO.toString(), "groupBy", groupBy));
    }

    private JsonPath place(long unit) {
        return client.run("analytics/placeDashboard", vars("unit", gid(unit), "from", FROM.toString(), "to", TO.toString()));
    }

    @Test
    @TestSecurity(user = "dash-dealer", roles = { "org-admin", "store-manager" })
    void goodsShowSellThroughCoverBestSellersSlowMoversAndOutOfStocks() {
        World w = world();
        JsonPath goods = read(goods(w.dealer1(), "SKU"));
        String at = "data.goodsDashboard.";
        // Sold net: tea 9 at S1 + 5 at S2, cup 4 at S1; on hand: tea 20 at S1 and 5 at S2, kettle 50 at S1, cup 0 at S1.
        assertEquals(18, goods.getInt(at + "totals.unitsSold"));
        assertEquals(1, goods.getInt(at + "totals.unitsReturned"));
        assertEquals("900.00", goods.getString(at + "totals.sales.amount"));
        assertEquals(75, goods.getInt(at + "totals.onHand"));
        assertEquals("19.4", goods.getString(at + "totals.sellThroughPercent")); // 18 / (18 + 75)
        assertEquals("0.24", goods.getString(at + "totals.turnover")); // 18 / 75
        assertEquals("41.7", goods.getString(at + "totals.daysOfCover")); // 75 on hand ÷ 1.8 a day
        assertThat(goods.getList(at + "topSellers.sku.id"), contains(GlobalId.encode("Sku", w.tea()), GlobalId.encode("Sku", w.cup())));
        assertThat(goods.getList(at + "topSellers.figures.unitsSold"), contains(14, 4));
        assertEquals("35.9", goods.getString(at + "topSellers[0].figures.sellThroughPercent")); // 14 / (14 + 25)
        assertEquals(GlobalId.encode("Category", w.teaCategory()), goods.getString(at + "topSellers[0].category.id"));
        // Slow movers: kettle at S1 (nothing sold, 50 on hand), tea at S2 (5), tea at S1 (9).
        assertThat(goods.getList(at + "slowMovers.sku.id"), contains(GlobalId.encode("Sku", w.kettle()), GlobalId.encode("Sku", w.tea()),
                GlobalId.encode("Sku", w.tea())));
        assertThat(goods.getList(at + "slowMovers.store.id"), contains(gid(w.store1()), gid(w.store2()), gid(w.store1())));
        assertNull(goods.get(at + "slowMovers[0].figures.daysOfCover"));
        assertEquals("10.0", goods.getString(at + "slowMovers[1].figures.daysOfCover")); // 5 on hand at 0.5 a day
        // Out of stock: the cup at S1 sold 4 and has none left.
        assertThat(goods.getList(at + "outOfStocks.sku.id"), contains(GlobalId.encode("Sku", w.cup())));
        assertThat(goods.getList(at + "outOfStocks.store.name"), contains("Dash Store 1"));
        assertThat(goods.getList(at + "charts[0].series[0].values"), contains("14", "4"));

        JsonPath categories = read(goods(w.dealer1(), "CATEGORY"));
        List<String> labels = categories.getList(at + "topSellers.label");
        assertEquals(2, labels.size());
        assertThat(labels.get(0), containsString("Category CAT"));
        assertEquals("Uncategorized", labels.get(1));
        assertNull(categories.get(at + "topSellers[0].sku"));
    }

    @Test
    @TestSecurity(user = "dash-hq", roles = "hq-admin")
    void stockTotalsBeyondTwoBillionUnitsAreCountedNotAFault() {
        long dealer = orgs.dealer(orgs.company("Big Stock Co"), "Big Stock Dealer");
        long sku = stock.sku();
        for (int i = 0; i < 3; i++) {
            stock.receive(stock.warehouse(orgs.store(dealer, "Big Stock Store " + i)), sku, 1_000_000_000);
        }
        JsonPath goods = read(goods(dealer, "SKU"));
        assertEquals(3_000_000_000L, goods.getLong("data.goodsDashboard.totals.onHand"));
    }

    @Test
    @TestSecurity(user = "dash-dealer", roles = { "org-admin", "store-manager" })
    void placeShowsDaysAgainstLastYearHoursAndStoresAgainstPeers() {
        World w = world();
        JsonPath place = read(place(w.dealer1()));
        String at = "data.placeDashboard.";
        assertEquals("790.00", place.getString(at + "totals.netSales.amount"));
        assertEquals("200.00", place.getString(at + "lastYear.netSales.amount"));
        assertEquals("295.0", place.getString(at + "growthPercent"));
        assertEquals(10, place.getList(at + "days").size());
        assertEquals("2025-03-02", place.getString(at + "days[1].date"));
        assertEquals("450.00", place.getString(at + "days[1].figures.netSales.amount"));
        assertEquals("200.00", place.getString(at + "days[1].lastYear.netSales.amount"));
        assertEquals("125.0", place.getString(at + "days[1].growthPercent"));
        assertEquals("340.00", place.getString(at + "days[4].figures.netSales.amount"));
        assertNull(place.get(at + "days[4].growthPercent"));
        assertEquals(24, place.getList(at + "hours").size());
        assertEquals(5, place.getInt(at + "hours[10].figures.transactions"));
        assertEquals("440.00", place.getString(at + "hours[10].figures.netSales.amount"));
        assertEquals("100.00", place.getString(at + "hours[15].figures.netSales.amount"));
        assertEquals("250.00", place.getString(at + "hours[19].figures.netSales.amount"));
        assertThat(place.getList(at + "stores.label"), contains("Dash Store 1", "Dash Store 2"));
        assertEquals("250.00", place.getString(at + "stores[0].peerAverage.amount"));
        assertEquals(1, place.getInt(at + "stores[0].peers"));
        assertEquals("216.0", place.getString(at + "stores[0].peerIndex"));
        assertEquals("170.0", place.getString(at + "stores[0].growthPercent"));
        assertEquals("540.00", place.getString(at + "stores[1].peerAverage.amount"));
        assertEquals("46.3", place.getString(at + "stores[1].peerIndex"));
        assertThat(place.getList(at + "charts.key"), contains("salesByDay", "salesByHour", "storesAgainstPeers"));
        assertEquals("10:00", place.getList(at + "charts[1].categories").get(10));
    }

    @Test
    @TestSecurity(user = "dash-clerk", roles = { "sales-clerk", "store-manager" })
    void salesAndRefundsThroughTheApiRollUpAsTheRebuildFromTheOrdersDoes() {
        long store = orgs.store(orgs.dealer(orgs.company("Rollup Co"), "Rollup Dealer"), "Rollup Store");
        orgs.bind("dash-clerk", store, "STORE_MANAGER");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(warehouse, tea, 10);
        stock.receive(warehouse, cup, 10);
        // Returns up to 5.00 are approved when requested in tests: a 4.00 tea needs no second manager.
        exec("UPDATE sku SET retail_price = 4.00 WHERE id = $1", Tuple.of(tea));
        String order = sell(store, List.of(Map.of("skuId", GlobalId.encode("Sku", tea), "quantity", 2), Map.of("skuId", GlobalId.encode("Sku", cup),
                "quantity", 1)), tender("CASH", "17.90", null));
        sell(store, List.of(Map.of("skuId", GlobalId.encode("Sku", tea), "quantity", 1)), tender("CASH", "4.00", null));
        JsonPath requested = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "DEFECTIVE",
                "lines", List.of(Map.of("lineNo", 1, "quantity", 1, "condition", "SELLABLE"))))), "orderReturnRequest");
        String returnId = requested.getString("data.orderReturnRequest.orderReturn.id");
        assertEquals("APPROVED", requested.getString("data.orderReturnRequest.orderReturn.status"));
        ok(client.run("retail/returnRefund", vars("id", returnId, "version", requested.getInt("data.orderReturnRequest.orderReturn.version"))),
                "orderReturnRefund");

        // The finance system hears of both sales and the refund, from the outbox the same transactions wrote.
        Row placed = pool.preparedQuery("SELECT data->>'total', data->>'receiptNo', jsonb_array_length(data->'lines'), aggregate_key FROM integration_event "
                + "WHERE type = 'retail.order.placed.v1' AND subject = $1").execute(Tuple.of(order)).await().indefinitely().iterator().next();
        assertEquals("17.90", placed.getString(0));
        assertEquals(2, placed.getInteger(2));
        assertEquals("Order:" + GlobalId.decode(order, "Order"), placed.getString(3));
        Row refunded = pool.preparedQuery("SELECT data->>'refundTotal', data->'lines'->0->>'skuId', aggregate_key FROM integration_event "
                + "WHERE type = 'retail.return.refunded.v1' AND data->>'orderId' = $1").execute(Tuple.of(order)).await().indefinitely().iterator().next();
        assertEquals("4.00", refunded.getString(0));
        assertEquals(GlobalId.encode("Sku", tea), refunded.getString(1));
        assertEquals(placed.getString(3), refunded.getString(2), "a refund is in its order's stream");

        List<String> incremental = rollups(pool, store);
        assertEquals(2, incremental.stream().filter(row -> row.startsWith("sku ")).count(), incremental.toString());
        Row sums = pool.preparedQuery("SELECT sum(orders), sum(items), sum(sales), sum(returns), sum(returned_items), sum(refunds) FROM sales_hourly "
                + "WHERE store_id = $1").execute(Tuple.of(store)).await().indefinitely().iterator().next();
        assertEquals("2 4 21.90 1 1 4.00", sums.getInteger(0) + " " + sums.getInteger(1) + " " + sums.getBigDecimal(2) + " " + sums.getInteger(3)
                + " " + sums.getInteger(4) + " " + sums.getBigDecimal(5));
        // The rebuild replaces every roll-up row, so it runs in a transaction that is rolled back.
        List<String> rebuilt = pool.getConnection().chain(connection -> connection.begin().chain(tx -> connection.preparedQuery(
                        "SELECT analytics_rollups_rebuild('Asia/Shanghai')").execute()
                .chain(() -> rollups(connection, store)).call(tx::rollback)).eventually(connection::close)).await().indefinitely();
        assertEquals(incremental, rebuilt);
    }

    private String sell(long store, List<Map<String, Object>> lines, Map<?, ?>... tenders) {
        String cart = ok(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(store), "lines", lines))), "cartCreate")
                .getString("data.cartCreate.cart.id");
        return ok(client.run("retail/cartCheckout", vars("id", cart, "tenders", List.of(tenders))), "cartCheckout")
                .getString("data.cartCheckout.order.id");
    }

    private static List<String> rollups(Pool pool, long store) {
        return rollups(pool.getConnection().await().indefinitely(), store, true);
    }

    private static io.smallrye.mutiny.Uni<List<String>> rollups(SqlConnection connection, long store) {
        return connection.preparedQuery(HOURS).execute(Tuple.of(store)).chain(hours -> connection.preparedQuery(SKUS).execute(Tuple.of(store))
                .map(skus -> {
                    List<String> rows = new ArrayList<>();
                    hours.forEach(row -> rows.add(hour(row)));
                    skus.forEach(row -> rows.add("sku " + row.getLong(0) + " " + row.getLocalDate(1) + " sold " + row.getInteger(2) + " returned "
                            + row.getInteger(3) + " sales " + row.getBigDecimal(4)));
                    return rows;
                }));
    }

    private static List<String> rollups(SqlConnection connection, long store, boolean close) {
        try {
            return rollups(connection, store).await().indefinitely();
        } finally {
            if (close) {
                connection.close().await().indefinitely();
            }
        }
    }

    private static final String HOURS = "SELECT business_date, hour, staff_id, orders, items, sales, returns, returned_items, refunds "
            + "FROM sales_hourly WHERE store_id = $1 ORDER BY 1, 2, 3";
    private static final String SKUS = "SELECT sku_id, business_date, sold, returned, sales FROM sku_sales_daily WHERE store_id = $1 ORDER BY 1, 2";

    private static String hour(Row row) {
        return "hour " + row.getLocalDate(0) + " " + row.getInteger(1) + " " + row.getLong(2) + " orders " + row.getInteger(3) + " items "
                + row.getInteger(4) + " sales " + row.getBigDecimal(5) + " returns " + row.getInteger(6) + " returned " + row.getInteger(7)
                + " refunds " + row.getBigDecimal(8);
    }
}
