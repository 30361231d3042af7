package com.newretail.supply.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of replenishment requests and their lines, and of policies. A request is seen by
 * whoever sees either end: the store's warehouse (who asks) or the supplying warehouse (who approves);
 * a policy by whoever sees its store warehouse.
 */
public final class SupplyReadModels {

    public static final ReadModel REQUEST = ReadModel.of("ReplenishmentRequest", "replenishment_request rr", "rr.id")
            .id("id")
            .scalar("status", "rr.status", Codec.ENUM)
            .scalar("origin", "rr.origin", Codec.ENUM)
            .scalar("note", "rr.note", Codec.STRING)
            .scalar("version", "rr.version", Codec.INT)
            .scalar("requestedBy", "rr.requested_by", Codec.STRING)
            .scalar("requestedAt", "rr.requested_at", Codec.DATE_TIME)
            .scalar("decidedBy", "rr.decided_by", Codec.STRING)
            .scalar("decidedAt", "rr.decided_at", Codec.DATE_TIME)
            .scalar("decisionNote", "rr.decision_note", Codec.STRING)
            .scalar("totalQuantity", "(SELECT coalesce(sum(rl.quantity), 0)::int FROM replenishment_request_line rl WHERE rl.request_id = rr.id)",
                    Codec.INT)
            .one("warehouse", "Warehouse", "rr.warehouse_id")
            .one("sourceWarehouse", "Warehouse", "rr.source_warehouse_id")
            .one("transfer", "StockTransfer", "rr.transfer_id")
            .many("lines", "ReplenishmentRequestLine", "rql.request_id", "rql.line_no")
            .build();

    public static final ReadModel LINE = ReadModel.of("ReplenishmentRequestLine", "replenishment_request_line rql", "rql.request_id")
            .scalar("lineNo", "rql.line_no", Codec.INT)
            .scalar("quantity", "rql.quantity", Codec.INT)
            .scalar("suggestedQuantity", "rql.suggested_quantity", Codec.INT)
            .scalar("reason", "rql.reason", Codec.STRING)
            .one("sku", "Sku", "rql.sku_id")
            .build();

    /** A store warehouse's replenishment policy: its default (no SKU) or a SKU's override. */
    public static final ReadModel POLICY = ReadModel.of("ReplenishmentPolicy", "replenishment_policy rp", "rp.id")
            .scalar("coverDays", "rp.cover_days", Codec.INT)
            .scalar("leadTimeDays", "rp.lead_time_days", Codec.INT)
            .scalar("maxQuantity", "rp.max_quantity", Codec.INT)
            .scalar("minQuantity", "rp.min_quantity", Codec.INT)
            .scalar("packSize", "rp.pack_size", Codec.INT)
            .one("sku", "Sku", "rp.sku_id")
            .one("sourceWarehouse", "Warehouse", "rp.source_warehouse_id")
            .scalar("updatedAt", "rp.updated_at", Codec.DATE_TIME)
            .scalar("updatedBy", "rp.updated_by", Codec.STRING)
            .scalar("version", "rp.version", Codec.INT)
            .build();

    /** The aliases of {@link #policies}' FROM and of {@link #visibleStoreWarehouse}'s subquery. */
    public static final java.util.Set<String> POLICY_ALIASES = java.util.Set.of("rp", "pw", "pwo");

    /** The request with both ends' org units, for the scope predicate. */
    static final String FROM = "replenishment_request rr JOIN api_warehouse rtw ON rtw.warehouse_id = rr.warehouse_id "
            + "JOIN org_unit rto ON rto.id = rtw.org_unit_id JOIN api_warehouse rsw ON rsw.warehouse_id = rr.source_warehouse_id "
            + "JOIN org_unit rso ON rso.id = rsw.org_unit_id";

    /** The table aliases of {@link #FROM}, for the planner. */
    public static final java.util.Set<String> ALIASES = java.util.Set.of("rr", "rtw", "rto", "rsw", "rso");

    private SupplyReadModels() {
    }

    public static ReadRoot.Selection byIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(FROM, "rr.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + inScope(scope, args), null, List.of());
    }

    /** What a list is narrowed to: the asking warehouse, the supplying one, a status; null parts are open. */
    public record Filter(Long warehouseId, Long sourceWarehouseId, String status) {
    }

    /** Requests in the scope, newest first, after the cursor's id. */
    public static ReadRoot.Selection requests(Filter filter, DataScope scope, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder(inScope(scope, args));
        if (filter.warehouseId() != null) {
            where.append(" AND rr.warehouse_id = ").append(args.add(filter.warehouseId()));
        }
        if (filter.sourceWarehouseId() != null) {
            where.append(" AND rr.source_warehouse_id = ").append(args.add(filter.sourceWarehouseId()));
        }
        if (filter.status() != null) {
            where.append(" AND rr.status = ").append(args.add(filter.status()));
        }
        if (afterId != null) {
            where.append(" AND rr.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(FROM, where.toString(), "rr.id DESC", List.of("rr.id"));
    }

    /** The policies of the warehouse {@code warehouseIdSql} (an SQL expression): its default first, then by SKU. */
    public static ReadRoot.Selection policies(String warehouseIdSql) {
        return new ReadRoot.Selection("replenishment_policy rp", "rp.warehouse_id = " + warehouseIdSql, "rp.sku_id NULLS FIRST", List.of());
    }

    /**
     * The id of the warehouse when it is a store's shop-floor warehouse the scope sees, else NULL: as
     * an SQL subquery, so a read of its policies is empty for any other warehouse.
     */
    public static String visibleStoreWarehouse(long warehouseId, DataScope scope, SqlArgs args) {
        return "(SELECT pw.warehouse_id FROM api_warehouse pw JOIN org_unit pwo ON pwo.id = pw.org_unit_id WHERE pw.warehouse_id = "
                + args.add(warehouseId) + " AND pw.type = 'STORE' AND " + scope.predicate("pwo.path", null, args) + ")";
    }

    static String inScope(DataScope scope, SqlArgs args) {
        return "(" + scope.predicate("rto.path", null, args) + " OR " + scope.predicate("rso.path", null, args) + ")";
    }
}
