package com.newretail.inventory.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.domain.DiscrepancyReason;
import com.newretail.inventory.domain.StockDocumentType;
import com.newretail.inventory.api.StockReason;
import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Read paths of stock documents, transfers and reservations (stocktakes: {@link StocktakeReader}). Each is visible when its
 * warehouse is inside the caller's scope; a transfer when either end is.
 */
@ApplicationScoped
public class DocumentReader {

    /** A quantity of one SKU on a document. */
    public record LineRow(long skuId, int quantity) {
    }

    public record DocumentRow(long id, StockDocumentType type, StockReason reason, String status, int version, long warehouseId,
            long orgUnitId, String reference, String actor, OffsetDateTime createdAt, OffsetDateTime postedAt, List<LineRow> lines) {
    }

    public record TransferLineRow(long skuId, int quantity, int received, int writtenOff) {
        public int inTransit(String status) {
            return "DRAFT".equals(status) || "CANCELLED".equals(status) ? 0 : quantity - received - writtenOff;
        }
    }

    public record DiscrepancyRow(long id, long skuId, int quantity, DiscrepancyReason reason, String note, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    public record TransferRow(long id, String status, int version, long sourceWarehouseId, long targetWarehouseId,
            long sourceOrgUnitId, long targetOrgUnitId, boolean sourceVisible, boolean targetVisible, String reference,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime shippedAt, OffsetDateTime closedAt,
            List<TransferLineRow> lines, List<DiscrepancyRow> discrepancies) {
    }

    public record ReservationRow(long id, long warehouseId, long orgUnitId, String reference, String status, OffsetDateTime expiresAt,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime closedAt, List<LineRow> lines) {
    }

    private final Pool pool;

    public DocumentReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<DocumentRow>> documents(List<Long> ids, DataScope scope) {
        return documentPage(scope, ids, null, null, null, ids.size());
    }

    /** Documents newest first, optionally of one warehouse and/or status (see {@link InventoryReadModels#documents}). */
    public Uni<List<DocumentRow>> documentPage(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.documents(scope, ids, warehouseId, status, beforeId, args).statement(
                InventoryReadModels.STOCK_DOCUMENT.plainColumns() + ", dw.org_unit_id, array(SELECT l.sku_id FROM stock_document_line l "
                        + "WHERE l.document_id = d.id ORDER BY l.sku_id) AS skus, array(SELECT l.quantity FROM stock_document_line l "
                        + "WHERE l.document_id = d.id ORDER BY l.sku_id) AS quantities", Integer.toString(limit));
        return query(sql, args, row -> new DocumentRow(row.getLong("id"), StockDocumentType.valueOf(row.getString("type")),
                StockReason.valueOf(row.getString("reason")), row.getString("status"), row.getInteger("version"),
                row.getLong("warehouse_id"), row.getLong("org_unit_id"), row.getString("reference"), row.getString("actor"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("posted_at"), lines(row)));
    }

    public Uni<List<TransferRow>> transfers(List<Long> ids, DataScope scope) {
        return transferPage(scope, ids, null, null, null, ids.size());
    }

    /** Transfers newest first where either end is in scope, optionally touching one warehouse and/or of one status. */
    public Uni<List<TransferRow>> transferPage(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.transfers(scope, ids, warehouseId, status, beforeId, args).statement(
                InventoryReadModels.TRANSFER.plainColumns() + ", tsw.org_unit_id AS source_org_unit_id, ttw.org_unit_id AS target_org_unit_id, ("
                        + scope.predicate("tso.path", null, args) + ") AS source_visible, (" + scope.predicate("tto.path", null, args)
                        + ") AS target_visible", args.add(limit));
        return query(sql, args, row -> row).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(List.<TransferRow>of());
            }
            Long[] found = rows.stream().map(row -> row.getLong("id")).toArray(Long[]::new);
            SqlArgs lineArgs = new SqlArgs();
            String idList = lineArgs.add(found);
            return query("SELECT " + InventoryReadModels.TRANSFER_LINE.plainColumns() + " FROM " + InventoryReadModels.TRANSFER_LINE.from()
                    + " WHERE tl.transfer_id = ANY(" + idList + ") ORDER BY tl.transfer_id, tl.sku_id", lineArgs, row -> row)
                    .chain(lines -> query("SELECT td.id, " + InventoryReadModels.TRANSFER_DISCREPANCY.plainColumns() + " FROM "
                            + InventoryReadModels.TRANSFER_DISCREPANCY.from() + " WHERE td.transfer_id = ANY(" + idList + ") ORDER BY td.id",
                            lineArgs, row -> row).map(discrepancies -> rows.stream().map(row -> transfer(row, lines, discrepancies)).toList()));
        });
    }

    /** Reservations among {@code ids} whose warehouse is within the scope (see {@link InventoryReadModels#reservations}). */
    public Uni<List<ReservationRow>> reservations(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.reservations(scope, ids, args).statement(InventoryReadModels.RESERVATION.plainColumns()
                + ", srw.org_unit_id", args.add(ids.size()));
        return query(sql, args, row -> row).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(List.<ReservationRow>of());
            }
            SqlArgs lineArgs = new SqlArgs();
            String idList = lineArgs.add(rows.stream().map(row -> row.getLong("id")).toArray(Long[]::new));
            return query("SELECT " + InventoryReadModels.RESERVATION_LINE.plainColumns() + " FROM " + InventoryReadModels.RESERVATION_LINE.from()
                    + " WHERE srl.reservation_id = ANY(" + idList + ") ORDER BY srl.reservation_id, srl.sku_id", lineArgs, row -> row)
                    .map(lines -> rows.stream().map(row -> reservation(row, lines)).toList());
        });
    }

    private static ReservationRow reservation(Row row, List<Row> allLines) {
        long id = row.getLong("id");
        List<LineRow> lines = allLines.stream().filter(line -> line.getLong("reservation_id") == id)
                .map(line -> new LineRow(line.getLong("sku_id"), line.getInteger("quantity"))).toList();
        return new ReservationRow(id, row.getLong("warehouse_id"), row.getLong("org_unit_id"), row.getString("reference"),
                row.getString("status"), row.getOffsetDateTime("expires_at"), row.getString("created_by"), row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("closed_at"), lines);
    }

    private static List<LineRow> lines(Row row) {
        Long[] skus = row.getArrayOfLongs("skus");
        Integer[] quantities = row.getArrayOfIntegers("quantities");
        List<LineRow> lines = new ArrayList<>(skus.length);
        for (int i = 0; i < skus.length; i++) {
            lines.add(new LineRow(skus[i], quantities[i]));
        }
        return lines;
    }

    private static TransferRow transfer(Row row, List<Row> allLines, List<Row> allDiscrepancies) {
        long id = row.getLong("id");
        List<TransferLineRow> lines = allLines.stream().filter(line -> line.getLong("transfer_id") == id)
                .map(line -> new TransferLineRow(line.getLong("sku_id"), line.getInteger("quantity"), line.getInteger("received"),
                        line.getInteger("written_off"))).toList();
        List<DiscrepancyRow> discrepancies = allDiscrepancies.stream().filter(d -> d.getLong("transfer_id") == id)
                .map(d -> new DiscrepancyRow(d.getLong("id"), d.getLong("sku_id"), d.getInteger("quantity"),
                        DiscrepancyReason.valueOf(d.getString("reason")), d.getString("note"), d.getString("recorded_by"),
                        d.getOffsetDateTime("recorded_at"))).toList();
        return new TransferRow(id, row.getString("status"), row.getInteger("version"), row.getLong("source_warehouse_id"),
                row.getLong("target_warehouse_id"), row.getLong("source_org_unit_id"), row.getLong("target_org_unit_id"),
                row.getBoolean("source_visible"), row.getBoolean("target_visible"), row.getString("reference"),
                row.getString("created_by"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("shipped_at"),
                row.getOffsetDateTime("closed_at"), lines, discrepancies);
    }

    /** Keeps the order of {@code ids} (for batch field resolvers). */
    public static <T> List<T> inOrderOf(List<Long> ids, List<T> rows, Function<T, Long> idOf) {
        Map<Long, T> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(idOf.apply(row), row));
        return ids.stream().map(byId::get).toList();
    }

    private <T> Uni<List<T>> query(String sql, SqlArgs args, Function<Row, T> mapper) {
        return PoolQueries.list(pool, sql, args, mapper);
    }
}
