package com.newretail.inventory.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.newretail.platform.persistence.Where;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The read models of warehouses, stock levels and the ledger, and the selections every reader of them uses. */
public final class InventoryReadModels {

    public static final ReadModel WAREHOUSE = ReadModel.of("Warehouse", "warehouse w", "w.id")
            .id("id")
            .scalar("code", "w.code", Codec.STRING)
            .scalar("name", "w.name", Codec.STRING)
            .scalar("type", "w.type", Codec.ENUM)
            .one("orgUnit", "OrgUnit", "w.org_unit_id")
            .build();

    public static final ReadModel STOCK_LEVEL = ReadModel.of("StockLevel", "stock_level sl", "sl.sku_id")
            .scalar("onHand", "sl.on_hand", Codec.INT)
            .scalar("reserved", "sl.reserved", Codec.INT)
            .scalar("available", "sl.on_hand - sl.reserved", Codec.INT)
            .scalar("safetyStock", "sl.safety_stock", Codec.INT)
            .scalar("belowSafetyStock", "sl.on_hand - sl.reserved < sl.safety_stock", Codec.BOOLEAN)
            .scalar("updatedAt", "sl.updated_at", Codec.DATE_TIME)
            .one("warehouse", "Warehouse", "sl.warehouse_id")
            .one("sku", "Sku", "sl.sku_id")
            .build();

    public static final ReadModel LEDGER_ENTRY = ReadModel.of("LedgerEntry", "stock_ledger lg", "lg.id")
            .id("id")
            .scalar("reason", "lg.reason", Codec.ENUM)
            .scalar("documentType", "lg.document_type", Codec.STRING)
            .scalar("actor", "lg.actor", Codec.STRING)
            .scalar("deltaOnHand", "lg.delta_on_hand", Codec.INT)
            .scalar("deltaReserved", "lg.delta_reserved", Codec.INT)
            .scalar("onHandAfter", "lg.on_hand_after", Codec.INT)
            .scalar("reservedAfter", "lg.reserved_after", Codec.INT)
            .scalar("createdAt", "lg.created_at", Codec.DATE_TIME)
            .one("sku", "Sku", "lg.sku_id")
            .build();

    /** A line of a receipt or issue (the {@code StockQuantity} of stock documents). */
    public static final ReadModel STOCK_QUANTITY = ReadModel.of("StockQuantity", "stock_document_line dl", "dl.document_id")
            .scalar("quantity", "dl.quantity", Codec.INT)
            .one("sku", "Sku", "dl.sku_id")
            .build();

    public static final ReadModel STOCK_DOCUMENT = ReadModel.of("StockDocument", "stock_document d", "d.id")
            .id("id")
            .scalar("type", "d.type", Codec.ENUM)
            .scalar("reason", "d.reason", Codec.ENUM)
            .scalar("status", "d.status", Codec.ENUM)
            .scalar("version", "d.version", Codec.INT)
            .one("warehouse", "Warehouse", "d.warehouse_id")
            .scalar("reference", "d.reference", Codec.STRING)
            .scalar("createdBy", "d.actor", Codec.STRING)
            .scalar("createdAt", "d.created_at", Codec.DATE_TIME)
            .scalar("postedAt", "d.posted_at", Codec.DATE_TIME)
            .many("lines", "StockQuantity", "dl.document_id", "dl.sku_id")
            .build();

    /** Units shipped and not yet received or written off; none while a draft or once cancelled. */
    private static final String LINE_IN_TRANSIT = "CASE WHEN tlt.status IN ('DRAFT', 'CANCELLED') THEN 0 ELSE tl.quantity - tl.received - tl.written_off END";

    /** A line of a transfer; its units in transit depend on the transfer's status, hence the join. */
    public static final ReadModel TRANSFER_LINE = ReadModel.of("StockTransferLine",
            "stock_transfer_line tl JOIN stock_transfer tlt ON tlt.id = tl.transfer_id", "tl.transfer_id")
            .scalar("quantity", "tl.quantity", Codec.INT)
            .scalar("received", "tl.received", Codec.INT)
            .scalar("writtenOff", "tl.written_off", Codec.INT)
            .scalar("inTransit", LINE_IN_TRANSIT, Codec.INT)
            .one("sku", "Sku", "tl.sku_id")
            .build();

    public static final ReadModel TRANSFER_DISCREPANCY = ReadModel.of("TransferDiscrepancy", "stock_transfer_discrepancy td", "td.transfer_id")
            .scalar("quantity", "td.quantity", Codec.INT)
            .scalar("reason", "td.reason", Codec.ENUM)
            .scalar("note", "td.note", Codec.STRING)
            .scalar("recordedBy", "td.recorded_by", Codec.STRING)
            .scalar("recordedAt", "td.recorded_at", Codec.DATE_TIME)
            .one("sku", "Sku", "td.sku_id")
            .build();

    public static final ReadModel TRANSFER = ReadModel.of("StockTransfer", "stock_transfer t", "t.id")
            .id("id")
            .scalar("status", "t.status", Codec.ENUM)
            .scalar("version", "t.version", Codec.INT)
            .scalar("reference", "t.reference", Codec.STRING)
            .scalar("createdBy", "t.created_by", Codec.STRING)
            .scalar("createdAt", "t.created_at", Codec.DATE_TIME)
            .scalar("shippedAt", "t.shipped_at", Codec.DATE_TIME)
            .scalar("closedAt", "t.closed_at", Codec.DATE_TIME)
            .scalar("inTransit", "(SELECT coalesce(sum(" + LINE_IN_TRANSIT + "), 0)::int FROM " + TRANSFER_LINE.from()
                    + " WHERE tl.transfer_id = t.id)", Codec.INT)
            .many("lines", "StockTransferLine", "tl.transfer_id", "tl.sku_id")
            .many("discrepancies", "TransferDiscrepancy", "td.transfer_id", "td.id")
            .one("sourceWarehouse", "Warehouse", "t.source_warehouse_id")
            .one("targetWarehouse", "Warehouse", "t.target_warehouse_id")
            .build();

    /** A held quantity of a reservation: a {@code StockQuantity} too, stored apart from the lines of receipts and issues. */
    public static final ReadModel RESERVATION_LINE = ReadModel.of("StockQuantity", "stock_reservation_line srl", "srl.reservation_id")
            .named("StockReservationLine")
            .scalar("quantity", "srl.quantity", Codec.INT)
            .one("sku", "Sku", "srl.sku_id")
            .build();

    public static final ReadModel RESERVATION = ReadModel.of("StockReservation", "stock_reservation sr", "sr.id")
            .id("id")
            .scalar("status", "sr.status", Codec.ENUM)
            .scalar("reference", "sr.reference", Codec.STRING)
            .scalar("expiresAt", "sr.expires_at", Codec.DATE_TIME)
            .scalar("createdBy", "sr.created_by", Codec.STRING)
            .scalar("createdAt", "sr.created_at", Codec.DATE_TIME)
            .scalar("closedAt", "sr.closed_at", Codec.DATE_TIME)
            .many("lines", "StockReservationLine", "srl.reservation_id", "srl.sku_id")
            .one("warehouse", "Warehouse", "sr.warehouse_id")
            .build();

    /** A stocktake's own fields; its lines (live figures, blind counts) are read by {@link StocktakeReader}. */
    public static final ReadModel STOCKTAKE = ReadModel.of("Stocktake", "stocktake st", "st.id")
            .id("id")
            .scalar("status", "st.status", Codec.ENUM)
            .scalar("version", "st.version", Codec.INT)
            .scalar("blind", "st.blind", Codec.BOOLEAN)
            .scalar("startedBy", "st.started_by", Codec.STRING)
            .scalar("startedAt", "st.started_at", Codec.DATE_TIME)
            .scalar("submittedBy", "st.submitted_by", Codec.STRING)
            .scalar("approvedBy", "st.approved_by", Codec.STRING)
            .scalar("postedAt", "st.posted_at", Codec.DATE_TIME)
            .one("warehouse", "Warehouse", "st.warehouse_id")
            .one("category", "Category", "st.category_id")
            .build();

    /** The aliases of {@link #stocktakes}' FROM. */
    public static final Set<String> STOCKTAKE_ALIASES = Set.of("st", "stw", "stou");

    /** The aliases of {@link #reservations}' FROM. */
    public static final Set<String> RESERVATION_ALIASES = Set.of("sr", "srw", "srou");

    /** The aliases of {@link #transfers}' FROM. */
    public static final Set<String> TRANSFER_ALIASES = Set.of("t", "tsw", "tso", "ttw", "tto");

    /** The aliases of {@link #documents}' FROM. */
    public static final Set<String> DOCUMENT_ALIASES = Set.of("d", "dw", "dou");

    /** The aliases of {@link #stockLevels}'s FROM. */
    public static final Set<String> STOCK_LEVELS_ALIASES = Set.of("sl");

    /** The aliases of {@link #ledger}'s FROM. */
    public static final Set<String> LEDGER_ALIASES = Set.of("lg", "lw", "lou");

    /** Warehouses with their org unit, whose path places them in a scope. */
    private static final String WAREHOUSES = "warehouse w JOIN org_unit ou ON ou.id = w.org_unit_id";

    /** Transfers with both warehouses and their org units, whose paths place either end in a scope. */
    private static final String TRANSFERS = "stock_transfer t JOIN warehouse tsw ON tsw.id = t.source_warehouse_id "
            + "JOIN org_unit tso ON tso.id = tsw.org_unit_id JOIN warehouse ttw ON ttw.id = t.target_warehouse_id "
            + "JOIN org_unit tto ON tto.id = ttw.org_unit_id";

    /** The aliases of {@link #warehouses}'s FROM. */
    public static final Set<String> WAREHOUSE_ALIASES = Set.of("w", "ou");

    /** The aliases of {@link #stockLevelsOfSku}'s FROM. */
    public static final Set<String> STOCK_LEVEL_ALIASES = Set.of("sl", "w", "sou");

    /** {@link #stockLevelsOfSku}'s FROM joins the {@link #WAREHOUSE} model's table on the stock level's warehouse. */
    public static final Map<String, String> STOCK_LEVEL_JOINED_ON = Map.of("w", "sl.warehouse_id");

    private InventoryReadModels() {
    }

    /** Warehouses within the scope by code after {@code afterCode}, optionally of one org unit and everything below it. */
    public static ReadRoot.Selection warehouses(DataScope scope, Long underOrgUnitId, String afterCode, SqlArgs args) {
        StringBuilder where = new StringBuilder(scope.predicate("ou.path", null, args));
        if (underOrgUnitId != null) {
            where.append(" AND ou.path LIKE (SELECT path FROM org_unit WHERE id = ").append(args.add(underOrgUnitId)).append(") || '%'");
        }
        if (afterCode != null) {
            where.append(" AND w.code > ").append(args.add(afterCode));
        }
        return new ReadRoot.Selection(WAREHOUSES, where.toString(), "w.code", List.of("w.code"));
    }

    /** Warehouses by id within the scope. */
    public static ReadRoot.Selection warehousesByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(WAREHOUSES, scope.predicate("ou.path", null, args) + " AND w.id = ANY(" + args.add(ids.toArray(Long[]::new))
                + ")", null, List.of());
    }

    /**
     * A SKU's stock levels in the warehouses within the scope, by warehouse code; {@code skuId} is its
     * SQL expression. The warehouse is joined as the {@link #WAREHOUSE} model reads it (a relation to
     * it reuses the join); its org unit only when the scope needs the path.
     */
    public static ReadRoot.Selection stockLevelsOfSku(String skuId, DataScope scope, SqlArgs args) {
        String from = "stock_level sl JOIN warehouse w ON w.id = sl.warehouse_id"
                + (scope.isAll() ? "" : " JOIN org_unit sou ON sou.id = w.org_unit_id");
        return new ReadRoot.Selection(from, "sl.sku_id = " + skuId + (scope.isAll() ? "" : " AND " + scope.predicate("sou.path", null, args)),
                "w.code", List.of());
    }

    /**
     * One warehouse's stock levels by SKU after {@code afterSkuId}, optionally of some SKUs only; none
     * when the warehouse is outside the scope (decided inside the statement).
     */
    public static ReadRoot.Selection stockLevels(long warehouseId, DataScope scope, List<Long> skuIds, Long afterSkuId, SqlArgs args) {
        String where = new Where("sl.warehouse_id = (SELECT vw.id FROM warehouse vw JOIN org_unit vou ON vou.id = vw.org_unit_id WHERE vw.id = "
                + args.add(warehouseId) + " AND " + scope.predicate("vou.path", null, args) + ")", args)
                .anyOf("sl.sku_id", skuIds == null || skuIds.isEmpty() ? null : skuIds.toArray(Long[]::new))
                .and("sl.sku_id", ">", afterSkuId)
                .toString();
        return new ReadRoot.Selection("stock_level sl", where, "sl.sku_id", List.of("sl.sku_id"));
    }

    /** Ledger rows newest first before {@code beforeId}, within the scope, optionally of one warehouse, SKU and/or source. */
    public static ReadRoot.Selection ledger(DataScope scope, Long warehouseId, Long skuId, List<String> documentTypes, Long documentId,
            Long beforeId, SqlArgs args) {
        String where = new Where(scope.predicate("lou.path", null, args), args)
                .and("lg.warehouse_id", "=", warehouseId)
                .and("lg.sku_id", "=", skuId)
                .anyOf("lg.document_type", documentTypes == null ? null : documentTypes.toArray(String[]::new))
                .and("lg.document_id", "=", documentId)
                .and("lg.id", "<", beforeId)
                .toString();
        return new ReadRoot.Selection("stock_ledger lg JOIN warehouse lw ON lw.id = lg.warehouse_id JOIN org_unit lou ON lou.id = lw.org_unit_id",
                where, "lg.id DESC", List.of("lg.id"));
    }

    /**
     * Stocktakes newest first before {@code beforeId}, whose warehouse is within the scope; optionally
     * only {@code ids}, one warehouse and/or one status.
     */
    public static ReadRoot.Selection stocktakes(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, SqlArgs args) {
        String where = new Where(scope.predicate("stou.path", null, args), args)
                .anyOf("st.id", ids == null ? null : ids.toArray(Long[]::new))
                .and("st.warehouse_id", "=", warehouseId)
                .and("st.status", "=", status)
                .and("st.id", "<", beforeId)
                .toString();
        return new ReadRoot.Selection("stocktake st JOIN warehouse stw ON stw.id = st.warehouse_id JOIN org_unit stou ON stou.id = stw.org_unit_id",
                where, "st.id DESC", List.of("st.id"));
    }

    /**
     * Transfers newest first before {@code beforeId} with either warehouse within the scope; optionally
     * only {@code ids}, those from or to one warehouse, and/or of one status.
     */
    public static ReadRoot.Selection transfers(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId,
            SqlArgs args) {
        StringBuilder where = new StringBuilder("(").append(scope.predicate("tso.path", null, args)).append(" OR ")
                .append(scope.predicate("tto.path", null, args)).append(")");
        if (warehouseId != null) {
            String warehouse = args.add(warehouseId);
            where.append(" AND (t.source_warehouse_id = ").append(warehouse).append(" OR t.target_warehouse_id = ").append(warehouse).append(")");
        }
        String filtered = new Where(where.toString(), args)
                .anyOf("t.id", ids == null ? null : ids.toArray(Long[]::new))
                .and("t.status", "=", status)
                .and("t.id", "<", beforeId)
                .toString();
        return new ReadRoot.Selection(TRANSFERS, filtered, "t.id DESC", List.of("t.id"));
    }

    /**
     * Receipts and issues newest first before {@code beforeId}, whose warehouse is within the scope;
     * optionally only {@code ids}, one warehouse and/or one status.
     */
    public static ReadRoot.Selection documents(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, SqlArgs args) {
        String where = new Where(scope.predicate("dou.path", null, args), args)
                .anyOf("d.id", ids == null ? null : ids.toArray(Long[]::new))
                .and("d.warehouse_id", "=", warehouseId)
                .and("d.status", "=", status)
                .and("d.id", "<", beforeId)
                .toString();
        return new ReadRoot.Selection("stock_document d JOIN warehouse dw ON dw.id = d.warehouse_id JOIN org_unit dou ON dou.id = dw.org_unit_id",
                where, "d.id DESC", List.of("d.id"));
    }

    /** Reservations newest first whose warehouse is within the scope; optionally only {@code ids}. */
    public static ReadRoot.Selection reservations(DataScope scope, List<Long> ids, SqlArgs args) {
        String where = new Where(scope.predicate("srou.path", null, args), args)
                .anyOf("sr.id", ids == null ? null : ids.toArray(Long[]::new))
                .toString();
        return new ReadRoot.Selection("stock_reservation sr JOIN warehouse srw ON srw.id = sr.warehouse_id "
                + "JOIN org_unit srou ON srou.id = srw.org_unit_id", where, "sr.id DESC", List.of("sr.id"));
    }
}
