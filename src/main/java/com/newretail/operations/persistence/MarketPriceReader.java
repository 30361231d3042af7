package com.newretail.operations.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Read paths of market prices: observations through {@link MarketPriceReadModels}, and the market per period for a comparison. */
@ApplicationScoped
public class MarketPriceReader {

    public record PriceRow(long id, Long skuId, String productName, long orgUnitId, String channel, BigDecimal price, String currency,
            LocalDate observedOn, String source, String note, String observedBy, OffsetDateTime createdAt) {
    }

    /** The market for a SKU in a region over one period. */
    public record Period(LocalDate start, BigDecimal min, BigDecimal avg, BigDecimal max, int observations, String currency) {
    }

    private final Pool pool;

    public MarketPriceReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<PriceRow>> byIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, MarketPriceReadModels.byIds(ids, scope, args).statement(MarketPriceReadModels.PRICE.plainColumns(), null), args,
                MarketPriceReader::price);
    }

    public Uni<List<PriceRow>> prices(MarketPriceReadModels.Filter filter, DataScope scope, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, MarketPriceReadModels.prices(filter, scope, afterId, args).statement(MarketPriceReadModels.PRICE.plainColumns(),
                Integer.toString(limit)), args, MarketPriceReader::price);
    }

    /** Per period ({@code week} or {@code month}) from {@code from} to {@code to}: the observed prices of the SKU under the unit. */
    public Uni<List<Period>> market(long skuId, long orgUnitId, String unit, LocalDate from, LocalDate to) {
        SqlArgs args = new SqlArgs();
        String trunc = args.add(unit);
        String sql = "SELECT cast(date_trunc(" + trunc + ", mp.observed_on) AS date) AS start, min(mp.price) AS min, round(avg(mp.price), 2) AS avg, "
                + "max(mp.price) AS max, count(*) AS n, min(mp.currency) AS currency FROM " + MarketPriceReadModels.FROM + " WHERE mp.sku_id = "
                + args.add(skuId) + " AND mu.path LIKE (SELECT path FROM org_unit WHERE id = " + args.add(orgUnitId) + ") || '%' AND mp.observed_on >= "
                + args.add(from) + " AND mp.observed_on <= " + args.add(to) + " GROUP BY 1 ORDER BY 1";
        return PoolQueries.list(pool, sql, args, row -> new Period(row.getLocalDate("start"), SqlNumbers.decimal(row, "min"),
                SqlNumbers.decimal(row, "avg"), SqlNumbers.decimal(row, "max"), row.getLong("n").intValue(), row.getString("currency")));
    }

    private static PriceRow price(Row row) {
        return new PriceRow(row.getLong("id"), row.getLong("sku_id"), row.getString("product_name"), row.getLong("org_unit_id"),
                row.getString("channel"), SqlNumbers.decimal(row, "price"), row.getString("currency"), row.getLocalDate("observed_on"),
                row.getString("source"), row.getString("note"), row.getString("observed_by"), row.getOffsetDateTime("created_at"));
    }
}
