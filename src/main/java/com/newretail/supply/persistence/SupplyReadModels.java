package com.newretail.supply.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of replenishment requests and their lines. A request is seen by whoever sees either
 * end: the store's warehouse (who asks) or the supplying warehouse (who approves).
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

    static String inScope(DataScope scope, SqlArgs args) {
        return "(" + scope.predicate("rto.path", null, args) + " OR " + scope.predicate("rso.path", null, args) + ")";
    }
}
