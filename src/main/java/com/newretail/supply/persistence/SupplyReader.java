package com.newretail.supply.persistence;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of replenishment: requests through {@link SupplyReadModels}, policies, and what is already requested. */
@ApplicationScoped
public class SupplyReader {

    public record RequestRow(long id, long warehouseId, long sourceWarehouseId, String status, String origin, String note, Long transferId,
            int version, String requestedBy, OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {
    }

    public record LineRow(long requestId, int lineNo, long skuId, int quantity, Integer suggestedQuantity, String reason) {
    }

    public record PolicyRow(long warehouseId, Long skuId, Long sourceWarehouseId, int leadTimeDays, int coverDays, Integer minQuantity,
            Integer maxQuantity, int packSize, int version, String updatedBy, OffsetDateTime updatedAt) {
    }

    private final Pool pool;

    public SupplyReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<RequestRow>> byIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SupplyReadModels.byIds(ids, scope, args).statement(SupplyReadModels.REQUEST.plainColumns(), null), args,
                SupplyReader::request);
    }

    public Uni<List<RequestRow>> requests(SupplyReadModels.Filter filter, DataScope scope, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SupplyReadModels.requests(filter, scope, afterId, args).statement(SupplyReadModels.REQUEST.plainColumns(),
                Integer.toString(limit)), args, SupplyReader::request);
    }

    /** The lines of the requests, by request in line order. */
    public Uni<Map<Long, List<LineRow>>> lines(List<Long> requestIds) {
        return PoolQueries.list(pool, "SELECT " + SupplyReadModels.LINE.plainColumns() + ", rql.sku_id FROM " + SupplyReadModels.LINE.from()
                + " WHERE rql.request_id = ANY($1) ORDER BY rql.request_id, rql.line_no", Tuple.of(requestIds.toArray(Long[]::new)),
                row -> new LineRow(row.getLong("request_id"), row.getInteger("line_no"), row.getLong("sku_id"), row.getInteger("quantity"),
                        row.getInteger("suggested_quantity"), row.getString("reason"))).map(rows -> {
                            Map<Long, List<LineRow>> byRequest = new HashMap<>();
                            requestIds.forEach(id -> byRequest.put(id, new java.util.ArrayList<>()));
                            rows.forEach(row -> byRequest.get(row.requestId()).add(row));
                            return byRequest;
                        });
    }

    /** The warehouse's default policy (sku null) and its SKU overrides. */
    public Uni<List<PolicyRow>> policies(long warehouseId) {
        SqlArgs args = new SqlArgs();
        String sql = SupplyReadModels.policies(args.add(warehouseId)).statement(SupplyReadModels.POLICY.plainColumns() + ", rp.warehouse_id", null);
        return PoolQueries.list(pool, sql, args, SupplyReader::policy);
    }

    /** Units per SKU in the warehouse's requests still waiting for a decision (REQUESTED). */
    public Uni<Map<Long, Integer>> requested(long warehouseId) {
        return PoolQueries.list(pool, "SELECT rql.sku_id, sum(rql.quantity)::int FROM replenishment_request rr JOIN replenishment_request_line rql "
                + "ON rql.request_id = rr.id WHERE rr.warehouse_id = $1 AND rr.status = 'REQUESTED' GROUP BY rql.sku_id", Tuple.of(warehouseId),
                row -> Map.entry(row.getLong(0), row.getInteger(1))).map(rows -> {
                    Map<Long, Integer> bySku = new HashMap<>();
                    rows.forEach(e -> bySku.put(e.getKey(), e.getValue()));
                    return bySku;
                });
    }

    private static RequestRow request(Row row) {
        return new RequestRow(row.getLong("id"), row.getLong("warehouse_id"), row.getLong("source_warehouse_id"), row.getString("status"),
                row.getString("origin"), row.getString("note"), row.getLong("transfer_id"), row.getInteger("version"), row.getString("requested_by"),
                row.getOffsetDateTime("requested_at"), row.getString("decided_by"), row.getOffsetDateTime("decided_at"), row.getString("decision_note"));
    }

    private static PolicyRow policy(Row row) {
        return new PolicyRow(row.getLong("warehouse_id"), row.getLong("sku_id"), row.getLong("source_warehouse_id"), row.getInteger("lead_time_days"),
                row.getInteger("cover_days"), row.getInteger("min_quantity"), row.getInteger("max_quantity"), row.getInteger("pack_size"),
                row.getInteger("version"), row.getString("updated_by"), row.getOffsetDateTime("updated_at"));
    }
}
