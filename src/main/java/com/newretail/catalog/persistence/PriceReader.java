package com.newretail.catalog.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Price lists and the price resolution rule. {@code price(sku, orgUnit, at)} is, among the lists
 * valid at {@code at} (validFrom ≤ at < validTo) that price the SKU:
 * <ol>
 * <li>a list assigned to the org unit itself or to its nearest ancestor (a company list covers its
 * dealers and stores unless one of them has its own),</li>
 * <li>else a list for the unit's level (e.g. every DEALER),</li>
 * <li>ties broken by the latest validFrom, then the newest list;</li>
 * </ol>
 * and, when no list prices the SKU, the SKU's retail price.
 */
@ApplicationScoped
public class PriceReader {

    public record PriceListRow(long id, String code, String name, String currency, Long orgUnitId, String orgUnitType,
            OffsetDateTime validFrom, OffsetDateTime validTo) {
    }

    public record PriceItemRow(long skuId, BigDecimal amount) {
    }

    /** A resolved price; {@code priceListId} is null when it is the retail price. */
    public record ResolvedRow(long skuId, BigDecimal amount, String currency, Long priceListId, boolean active) {
    }

    private final Pool pool;

    public PriceReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    /** The price of each existing SKU for the org unit at the instant, by the rule above. */
    public Uni<Map<Long, ResolvedRow>> resolve(List<Long> skuIds, long orgUnitId, OffsetDateTime at) {
        String sql = "WITH unit AS (SELECT path, type FROM org_unit WHERE id = $2) "
                + "SELECT s.id, coalesce(best.amount, s.retail_price) AS amount, coalesce(best.currency, s.currency) AS currency, "
                + "best.price_list_id, s.status = 'ACTIVE' AS active FROM sku s LEFT JOIN LATERAL (SELECT i.amount, pl.currency, pl.id AS price_list_id "
                + "FROM price_list_item i JOIN price_list pl ON pl.id = i.price_list_id "
                + "LEFT JOIN org_unit target ON target.id = pl.org_unit_id CROSS JOIN unit "
                + "WHERE i.sku_id = s.id AND pl.valid_from <= $3 AND (pl.valid_to IS NULL OR pl.valid_to > $3) "
                + "AND (unit.path LIKE target.path || '%' OR pl.org_unit_type = unit.type) "
                + "ORDER BY (pl.org_unit_id IS NULL), length(target.path) DESC, pl.valid_from DESC, pl.id DESC LIMIT 1) best ON true "
                + "WHERE s.id = ANY($1)";
        return pool.preparedQuery(sql).execute(io.vertx.mutiny.sqlclient.Tuple.of(skuIds.toArray(Long[]::new), orgUnitId, at))
                .map(rows -> {
                    Map<Long, ResolvedRow> resolved = new HashMap<>();
                    for (Row row : rows) {
                        resolved.put(row.getLong("id"), new ResolvedRow(row.getLong("id"), SqlNumbers.decimal(row, "amount"),
                                row.getString("currency"), row.getLong("price_list_id"), row.getBoolean("active")));
                    }
                    return resolved;
                });
    }

    /** Price lists the caller may see, newest first (see {@link CatalogReadModels#priceLists}). */
    public Uni<List<PriceListRow>> priceLists(DataScope scope, List<Long> ids, Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = CatalogReadModels.priceLists(scope, ids, beforeId, args).statement(CatalogReadModels.PRICE_LIST.plainColumns(),
                Integer.toString(limit));
        return query(sql, args, row -> new PriceListRow(row.getLong("id"), row.getString("code"), row.getString("name"),
                row.getString("currency"), row.getLong("org_unit_id"), row.getString("org_unit_type"),
                row.getOffsetDateTime("valid_from"), row.getOffsetDateTime("valid_to")));
    }

    public Uni<List<PriceItemRow>> items(long priceListId, Long afterSkuId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = CatalogReadModels.priceListItems(args.add(priceListId), afterSkuId, args).statement("pi.sku_id, pi.amount",
                Integer.toString(limit));
        return query(sql, args, row -> new PriceItemRow(row.getLong("sku_id"), SqlNumbers.decimal(row, "amount")));
    }

    private <T> Uni<List<T>> query(String sql, SqlArgs args, Function<Row, T> mapper) {
        return PoolQueries.list(pool, sql, args, mapper);
    }
}
