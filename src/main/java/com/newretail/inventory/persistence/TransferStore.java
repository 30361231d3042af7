package com.newretail.inventory.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockLine;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Transfers' rows in the current transaction: the transfer, its lines, receipts and discrepancies. */
@ApplicationScoped
public class TransferStore {

    /** A transfer line with its transfer's two warehouses. */
    public record OpenLine(long sourceWarehouseId, long targetWarehouseId, long skuId, int quantity, int received, int writtenOff) {
    }

    /** Goods missing from a shipment, as the receiver reported them. */
    public record ReportedShortfall(long skuId, int quantity, String reason, String note) {
    }

    private static final String INSERT = """
            INSERT INTO stock_transfer (source_warehouse_id, target_warehouse_id, status, reference, created_by)
            VALUES (?1, ?2, 'DRAFT', ?3, ?4) RETURNING id""";

    private static final String INSERT_LINES = """
            INSERT INTO stock_transfer_line (transfer_id, sku_id, quantity)
            SELECT ?1, unnest(cast(?2 as bigint[])), unnest(cast(?3 as integer[]))""";

    private static final String DELETE_LINES = "DELETE FROM stock_transfer_line WHERE transfer_id = ?1";

    private static final String EDIT = """
            UPDATE stock_transfer SET reference = ?2, version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String CANCEL = """
            UPDATE stock_transfer SET status = 'CANCELLED', closed_at = now(), version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String SHIP = """
            UPDATE stock_transfer SET status = 'SHIPPED', shipped_at = now(), version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String CLOSE = """
            UPDATE stock_transfer SET status = 'CLOSED', closed_at = now(), version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String WRITE_OFF_IN_TRANSIT = """
            INSERT INTO stock_transfer_discrepancy (transfer_id, sku_id, quantity, reason, note, recorded_by)
            SELECT transfer_id, sku_id, quantity - received - written_off, 'LOST', 'Still in transit when closed', ?2
            FROM stock_transfer_line WHERE transfer_id = ?1 AND quantity > received + written_off""";

    private static final String WRITTEN_OFF_ALL = "UPDATE stock_transfer_line SET written_off = quantity - received WHERE transfer_id = ?1";

    private static final String RECEIVED = """
            UPDATE stock_transfer_line SET received = received + cast(?3 as integer) WHERE transfer_id = ?1 AND sku_id = ?2""";

    private static final String WRITTEN_OFF = """
            UPDATE stock_transfer_line SET written_off = written_off + cast(?3 as integer) WHERE transfer_id = ?1 AND sku_id = ?2""";

    private static final String INSERT_DISCREPANCY = """
            INSERT INTO stock_transfer_discrepancy (transfer_id, sku_id, quantity, reason, note, recorded_by)
            VALUES (?1, ?2, cast(?3 as integer), ?4, nullif(?5, ''), ?6)""";

    private static final String SETTLE = """
            UPDATE stock_transfer
            SET status = CASE WHEN EXISTS (SELECT 1 FROM stock_transfer_line WHERE transfer_id = ?1 AND quantity > received + written_off)
                              THEN 'PARTIALLY_RECEIVED' ELSE 'RECEIVED' END,
                version = version + 1, updated_at = now()
            WHERE id = ?1""";

    private static final String LINES = """
            SELECT t.source_warehouse_id, t.target_warehouse_id, l.sku_id, l.quantity, l.received, l.written_off
            FROM stock_transfer t JOIN stock_transfer_line l ON l.transfer_id = t.id
            WHERE t.id = ?1 ORDER BY l.sku_id""";

    /** A new DRAFT transfer with its lines; its id. */
    public Uni<Long> insert(long sourceWarehouseId, long targetWarehouseId, String reference, List<StockLine> lines, String actor) {
        return NativeSql.longValue(INSERT, sourceWarehouseId, targetWarehouseId, reference, actor).call(id -> insertLines(id, lines));
    }

    /** Replaces a draft's reference and lines. */
    public Uni<Integer> edit(long id, String reference, List<StockLine> lines) {
        return NativeSql.update(DELETE_LINES, id).chain(() -> insertLines(id, lines)).chain(() -> NativeSql.update(EDIT, id, reference));
    }

    public Uni<Integer> cancel(long id) {
        return NativeSql.update(CANCEL, id);
    }

    public Uni<Integer> ship(long id) {
        return NativeSql.update(SHIP, id);
    }

    /** Writes off what is still in transit as LOST and closes the transfer. */
    public Uni<Integer> close(long id, String actor) {
        return NativeSql.update(WRITE_OFF_IN_TRANSIT, id, actor).chain(() -> NativeSql.update(WRITTEN_OFF_ALL, id))
                .chain(() -> NativeSql.update(CLOSE, id));
    }

    /** Books arrivals and reported shortfalls on the lines, then sets PARTIALLY_RECEIVED or RECEIVED. */
    public Uni<Integer> receive(long id, List<StockLine> received, List<ReportedShortfall> shortfalls, String actor) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (StockLine line : received) {
            chain = chain.chain(() -> NativeSql.update(RECEIVED, id, line.skuId(), line.quantity()));
        }
        for (ReportedShortfall s : shortfalls) {
            chain = chain.chain(() -> NativeSql.update(WRITTEN_OFF, id, s.skuId(), s.quantity()))
                    .chain(() -> NativeSql.update(INSERT_DISCREPANCY, id, s.skuId(), s.quantity(), s.reason(), s.note() == null ? "" : s.note(), actor));
        }
        return chain.chain(() -> NativeSql.update(SETTLE, id));
    }

    public Uni<List<OpenLine>> lines(long id) {
        return NativeSql.rows(LINES, id).map(rows -> rows.stream().map(row -> new OpenLine(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue())).toList());
    }

    private static Uni<Integer> insertLines(long transferId, List<StockLine> lines) {
        return NativeSql.update(INSERT_LINES, transferId, lines.stream().map(StockLine::skuId).toArray(Long[]::new),
                lines.stream().map(StockLine::quantity).toArray(Integer[]::new));
    }
}
