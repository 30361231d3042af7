package com.newretail.analytics.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The dashboards' aggregations, on the read pool: over the roll-ups for sales, and over the
 * published views of inventory ({@code api_store_stock}) and catalog ({@code api_sku_item}) for goods.
 * Every statement covers the stores under an org unit that the caller's data scope sees.
 */
@ApplicationScoped
public class DashboardReader {

    /** A store under the unit: its name and parent (for peers). */
    public record StoreRow(long id, String name, long parentId) {
    }

    /** Sales figures of one group (a store, a staff member (0: nobody), a day or an hour). */
    public record SalesRow(Object key, int orders, int items, BigDecimal sales, int returns, int returnedItems, BigDecimal refunds) {

        public static SalesRow empty(Object key) {
            return new SalesRow(key, 0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);
        }
    }

    /** How sales are grouped: the key column of {@code sales_hourly h}. */
    public enum SalesKey {
        STORE("h.store_id"), STAFF("coalesce(h.staff_id, 0)"), DAY("h.business_date"), HOUR("h.hour::integer"), ALL("0");

        private final String column;

        SalesKey(String column) {
            this.column = column;
        }
    }

    /** Goods figures of one group: a list ({@code TOTAL}, {@code TOP}, {@code SLOW}, {@code OUT}) and its keys. */
    public record GoodsRow(String list, Long storeId, Long skuId, Long categoryId, String label, long sold, long returned, BigDecimal sales,
            long onHand, long available) {
    }

    private static final String STORES = "SELECT s.id, s.name, s.parent_id FROM org_unit s WHERE s.type = 'STORE' AND ";

    private final Pool pool;

    public DashboardReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    /** The stores under the unit (itself, when it is one) that the scope sees, by name. */
    public Uni<List<StoreRow>> stores(long unitId, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, STORES + under(unitId, scope, args) + " ORDER BY s.name, s.id", args, DashboardReader::store);
    }

    /** All stores with one of these parents, whatever the scope: peers are compared in aggregate only. */
    public Uni<List<StoreRow>> storesUnder(List<Long> parentIds) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, STORES + "s.parent_id = ANY(" + args.add(parentIds.toArray(Long[]::new)) + ")", args, DashboardReader::store);
    }

    /** Sales of the stores under the unit in the scope, by {@code key}, over {@code [from, to]} in one currency. */
    public Uni<List<SalesRow>> sales(SalesKey key, long unitId, DataScope scope, LocalDate from, LocalDate to, String currency) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT " + key.column + ", " + SALES_SUMS + " FROM sales_hourly h JOIN org_unit s ON s.id = h.store_id WHERE "
                + under(unitId, scope, args) + period(from, to, currency, args) + " GROUP BY 1";
        return PoolQueries.list(pool, sql, args, row -> sales(row, key));
    }

    /** Sales of the given stores, by store, whatever the scope (for peer averages). */
    public Uni<List<SalesRow>> salesOfStores(List<Long> storeIds, LocalDate from, LocalDate to, String currency) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT h.store_id, " + SALES_SUMS + " FROM sales_hourly h WHERE h.store_id = ANY(" + args.add(storeIds.toArray(Long[]::new))
                + ")" + period(from, to, currency, args) + " GROUP BY 1";
        return PoolQueries.list(pool, sql, args, row -> sales(row, SalesKey.STORE));
    }

    private static final String SALES_SUMS = "sum(h.orders), sum(h.items), sum(h.sales), sum(h.returns), sum(h.returned_items), sum(h.refunds)";

    /**
     * Goods of the stores under the unit in the scope, in one statement over sales per store and SKU
     * full-joined with stock per store and SKU: the totals (list TOTAL), the best sellers by SKU or by
     * category (TOP), stocked store SKUs selling least (SLOW) and store SKUs with nothing available that
     * are stocked or sold (OUT), each list at most {@code limit} rows.
     */
    public Uni<List<GoodsRow>> goods(long unitId, DataScope scope, LocalDate from, LocalDate to, boolean byCategory, int limit) {
        SqlArgs args = new SqlArgs();
        String stores = "SELECT s.id FROM org_unit s WHERE s.type = 'STORE' AND " + under(unitId, scope, args);
        String fromArg = args.add(from);
        String toArg = args.add(to);
        String limitArg = args.add(limit);
        // Labels are joined to the few rows that make a list (after its LIMIT), not to every store and SKU.
        String top = byCategory
                ? "top AS (SELECT i.category_id AS key, sum(b.sold) AS sold, sum(b.returned) AS returned, sum(b.sales) AS sales, "
                        + "sum(b.on_hand) AS on_hand, sum(b.available) AS available FROM by_sku b JOIN api_sku_item i ON i.sku_id = b.sku_id "
                        + "GROUP BY i.category_id HAVING sum(b.sold - b.returned) > 0 ORDER BY sum(b.sold - b.returned) DESC, sum(b.sales) DESC, "
                        + "i.category_id NULLS LAST LIMIT " + limitArg + ") "
                : "top AS (SELECT b.sku_id AS key, b.sold, b.returned, b.sales, b.on_hand, b.available FROM by_sku b WHERE b.sold - b.returned > 0 "
                        + "ORDER BY b.sold - b.returned DESC, b.sales DESC, b.sku_id LIMIT " + limitArg + ") ";
        String topRows = byCategory
                ? "SELECT 'TOP', NULL::bigint, NULL::bigint, t.key, coalesce((SELECT min(c.category_name) FROM api_sku_item c WHERE c.category_id = t.key), "
                        + "'Uncategorized'), t.sold, t.returned, t.sales, t.on_hand, t.available FROM top t "
                        + "ORDER BY t.sold - t.returned DESC, t.sales DESC, t.key NULLS LAST"
                : "SELECT 'TOP', NULL::bigint, t.key, i.category_id, i.sku_code || ' ' || i.product_name, t.sold, t.returned, t.sales, t.on_hand, "
                        + "t.available FROM top t JOIN api_sku_item i ON i.sku_id = t.key ORDER BY t.sold - t.returned DESC, t.sales DESC, t.key";
        String sql = "WITH st AS MATERIALIZED (" + stores + "), "
                + "sold AS (SELECT d.store_id, d.sku_id, sum(d.sold) AS sold, sum(d.returned) AS returned, sum(d.sales) AS sales "
                + "FROM sku_sales_daily d WHERE d.store_id IN (SELECT id FROM st) AND d.business_date BETWEEN " + fromArg + " AND " + toArg
                + " GROUP BY 1, 2), "
                + "stock AS (SELECT k.store_id, k.sku_id, k.on_hand, k.available FROM api_store_stock k WHERE k.store_id IN (SELECT id FROM st)), "
                + "f AS MATERIALIZED (SELECT coalesce(a.store_id, b.store_id) AS store_id, coalesce(a.sku_id, b.sku_id) AS sku_id, "
                + "coalesce(a.sold, 0)::bigint AS sold, coalesce(a.returned, 0)::bigint AS returned, coalesce(a.sales, 0) AS sales, "
                + "coalesce(b.on_hand, 0)::bigint AS on_hand, coalesce(b.available, 0)::bigint AS available "
                + "FROM sold a FULL JOIN stock b ON b.store_id = a.store_id AND b.sku_id = a.sku_id), "
                + "by_sku AS (SELECT f.sku_id, sum(f.sold) AS sold, sum(f.returned) AS returned, sum(f.sales) AS sales, sum(f.on_hand) AS on_hand, "
                + "sum(f.available) AS available FROM f GROUP BY f.sku_id), " + top + ", "
                + "slow AS (SELECT * FROM f WHERE f.on_hand > 0 ORDER BY f.sold - f.returned, f.on_hand DESC, f.store_id, f.sku_id LIMIT " + limitArg + "), "
                + "out AS (SELECT * FROM f WHERE f.available <= 0 ORDER BY f.sold - f.returned DESC, f.store_id, f.sku_id LIMIT " + limitArg + ") "
                + "SELECT 'TOTAL', NULL::bigint, NULL::bigint, NULL::bigint, NULL::text, coalesce(sum(f.sold), 0)::bigint, "
                + "coalesce(sum(f.returned), 0)::bigint, coalesce(sum(f.sales), 0), coalesce(sum(f.on_hand), 0)::bigint, "
                + "coalesce(sum(f.available), 0)::bigint FROM f "
                + "UNION ALL (" + topRows + ") "
                + "UNION ALL (SELECT 'SLOW', x.store_id, x.sku_id, i.category_id, i.sku_code || ' ' || i.product_name, x.sold, x.returned, x.sales, "
                + "x.on_hand, x.available FROM slow x JOIN api_sku_item i ON i.sku_id = x.sku_id "
                + "ORDER BY x.sold - x.returned, x.on_hand DESC, x.store_id, x.sku_id) "
                + "UNION ALL (SELECT 'OUT', x.store_id, x.sku_id, i.category_id, i.sku_code || ' ' || i.product_name, x.sold, x.returned, x.sales, "
                + "x.on_hand, x.available FROM out x JOIN api_sku_item i ON i.sku_id = x.sku_id ORDER BY x.sold - x.returned DESC, x.store_id, x.sku_id)";
        return PoolQueries.list(pool, sql, args, row -> new GoodsRow(row.getString(0), row.getLong(1), row.getLong(2), row.getLong(3),
                row.getString(4), row.getLong(5), row.getLong(6), row.getBigDecimal(7), row.getLong(8), row.getLong(9)));
    }

    /** Net units sold in the last 7 and the last 28 days. */
    public record RecentUnits(int last7Days, int last28Days) {
    }

    /** Net units per SKU the store sold from {@code from28} and from {@code from7} to {@code to} (both included). */
    public Uni<java.util.Map<Long, RecentUnits>> recentUnits(long storeId, LocalDate from28, LocalDate from7,
            LocalDate to) {
        String sql = "SELECT d.sku_id, coalesce(sum(d.sold - d.returned) FILTER (WHERE d.business_date >= $3), 0), sum(d.sold - d.returned) "
                + "FROM sku_sales_daily d WHERE d.store_id = $1 AND d.business_date BETWEEN $2 AND $4 GROUP BY d.sku_id";
        return PoolQueries.list(pool, sql, io.vertx.mutiny.sqlclient.Tuple.of(storeId, from28, from7, to), row -> java.util.Map.entry(row.getLong(0),
                new RecentUnits(row.getInteger(1), row.getInteger(2)))).map(rows -> {
                    java.util.Map<Long, RecentUnits> bySku = new java.util.HashMap<>();
                    rows.forEach(e -> bySku.put(e.getKey(), e.getValue()));
                    return bySku;
                });
    }

    /** Stores under the unit that the scope sees: the unit's subtree narrowed by the scope predicate. */
    private static String under(long unitId, DataScope scope, SqlArgs args) {
        return "s.path LIKE (SELECT path FROM org_unit WHERE id = " + args.add(unitId) + ") || '%' AND " + scope.predicate("s.path", null, args);
    }

    private static String period(LocalDate from, LocalDate to, String currency, SqlArgs args) {
        return " AND h.business_date BETWEEN " + args.add(from) + " AND " + args.add(to) + " AND h.currency = " + args.add(currency);
    }

    private static StoreRow store(Row row) {
        return new StoreRow(row.getLong(0), row.getString(1), row.getLong(2));
    }

    private static SalesRow sales(Row row, SalesKey key) {
        Object value = switch (key) {
            case DAY -> row.getLocalDate(0);
            case HOUR -> row.getInteger(0);
            default -> row.getLong(0);
        };
        return new SalesRow(value, row.getInteger(1), row.getInteger(2), row.getBigDecimal(3), row.getInteger(4), row.getInteger(5),
                row.getBigDecimal(6));
    }
}
