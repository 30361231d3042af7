package com.newretail.inventory.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.persistence.DocumentReader.LineRow;
import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Read paths of stocktakes, their lines and totals; a stocktake is visible when its warehouse is in the caller's scope. */
@ApplicationScoped
public class StocktakeReader {

    public record StocktakeRow(long id, long warehouseId, long orgUnitId, Long categoryId, boolean blind, String status, int version,
            String startedBy, OffsetDateTime startedAt, String submittedBy, String approvedBy, OffsetDateTime postedAt) {
        public boolean posted() {
            return "POSTED".equals(status);
        }
    }

    /**
     * A stocktake line: the frozen book, the sum of counts, and either the posted expectation and
     * variance or (before posting) the live ones from the current stock level.
     */
    public record StocktakeLineRow(long skuId, int frozenOnHand, Integer counted, int expected, Integer variance, int countBatches) {
        public int movesSinceFreeze() {
            return expected - frozenOnHand;
        }
    }

    public record StocktakeTotals(int lines, int countedLines, int linesWithVariance, int unitsGained, int unitsLost,
            List<LineRow> variances) {
    }

    private final Pool pool;

    public StocktakeReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<StocktakeRow>> stocktakes(List<Long> ids, DataScope scope) {
        return stocktakePage(scope, ids, null, null, null, ids.size());
    }

    /** Stocktakes newest first, optionally of one warehouse and/or status (see {@link InventoryReadModels#stocktakes}). */
    public Uni<List<StocktakeRow>> stocktakePage(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.stocktakes(scope, ids, warehouseId, status, beforeId, args)
                .statement(InventoryReadModels.STOCKTAKE.plainColumns() + ", stw.org_unit_id", args.add(limit));
        return PoolQueries.list(pool, sql, args, row -> new StocktakeRow(row.getLong("id"), row.getLong("warehouse_id"),
                row.getLong("org_unit_id"), row.getLong("category_id"), row.getBoolean("blind"), row.getString("status"),
                row.getInteger("version"), row.getString("started_by"), row.getOffsetDateTime("started_at"),
                row.getString("submitted_by"), row.getString("approved_by"), row.getOffsetDateTime("posted_at")));
    }

    /**
     * A line's book is what the shelf held when it was counted: today's stock minus what moved after
     * the SKU's last count (the same rule StocktakeService posts with).
     */
    private static final String STOCKTAKE_LINES = """
            SELECT l.sku_id, l.frozen_on_hand, l.counted,
                   coalesce(l.expected, coalesce(s.on_hand, 0) - m.moved) AS expected,
                   CASE WHEN l.counted IS NULL THEN NULL
                        ELSE coalesce(l.variance, l.counted - (coalesce(s.on_hand, 0) - m.moved)) END AS variance,
                   (SELECT count(DISTINCT coalesce(c.batch, '') || c.counter) FROM stocktake_count c
                    WHERE c.stocktake_id = l.stocktake_id AND c.sku_id = l.sku_id) AS batches
            FROM stocktake t JOIN stocktake_line l ON l.stocktake_id = t.id
            LEFT JOIN stock_level s ON s.warehouse_id = t.warehouse_id AND s.sku_id = l.sku_id
            CROSS JOIN LATERAL (SELECT coalesce(sum(g.delta_on_hand), 0) AS moved FROM stock_ledger g
                                WHERE g.warehouse_id = t.warehouse_id AND g.sku_id = l.sku_id
                                  AND g.created_at > (SELECT max(c.counted_at) FROM stocktake_count c
                                                      WHERE c.stocktake_id = t.id AND c.sku_id = l.sku_id)) m
            WHERE t.id =\s""";

    /** Lines of a (visible) stocktake by SKU id; optionally only counted lines whose variance is not zero. */
    public Uni<List<StocktakeLineRow>> stocktakeLines(long stocktakeId, boolean onlyVariances, Long afterSkuId, int limit) {
        SqlArgs args = new SqlArgs();
        StringBuilder sql = new StringBuilder("SELECT * FROM (").append(STOCKTAKE_LINES).append(args.add(stocktakeId)).append(") x WHERE true");
        if (onlyVariances) {
            sql.append(" AND variance <> 0");
        }
        if (afterSkuId != null) {
            sql.append(" AND sku_id > ").append(args.add(afterSkuId));
        }
        sql.append(" ORDER BY sku_id LIMIT ").append(args.add(limit));
        return PoolQueries.list(pool, sql.toString(), args, row -> new StocktakeLineRow(row.getLong("sku_id"), row.getInteger("frozen_on_hand"),
                row.getInteger("counted"), row.getInteger("expected"), row.getInteger("variance"), row.getLong("batches").intValue()));
    }

    /** Totals of a stocktake's lines, and each counted line's variance (for valuing it). */
    public Uni<StocktakeTotals> stocktakeTotals(long stocktakeId) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, STOCKTAKE_LINES + args.add(stocktakeId), args, row -> row).map(rows -> {
            int counted = 0;
            int withVariance = 0;
            int gained = 0;
            int lost = 0;
            List<LineRow> variances = new ArrayList<>();
            for (Row row : rows) {
                Integer variance = row.getInteger("variance");
                if (variance == null) {
                    continue;
                }
                counted++;
                if (variance != 0) {
                    withVariance++;
                    variances.add(new LineRow(row.getLong("sku_id"), variance));
                }
                gained += Math.max(variance, 0);
                lost += Math.max(-variance, 0);
            }
            return new StocktakeTotals(rows.size(), counted, withVariance, gained, lost, variances);
        });
    }
}
