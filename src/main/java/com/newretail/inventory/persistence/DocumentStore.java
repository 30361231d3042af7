package com.newretail.inventory.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockLine;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Warehouses and stock documents (receipts and issues) in the current transaction. */
@ApplicationScoped
public class DocumentStore {

    /** A document's kind, where it moves stock, and its lines. */
    public record DocumentLines(String type, String reason, long warehouseId, List<StockLine> lines) {
    }

    private static final String WAREHOUSE_CODE_TAKEN = "SELECT count(*) FROM warehouse WHERE code = ?1";

    private static final String INSERT_WAREHOUSE = "INSERT INTO warehouse (code, name, org_unit_id, type) VALUES (?1, ?2, ?3, ?4) RETURNING id";

    private static final String INSERT = """
            INSERT INTO stock_document (type, reason, warehouse_id, reference, status, actor, posted_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, CASE WHEN ?5 = 'POSTED' THEN now() END) RETURNING id""";

    private static final String INSERT_LINES = """
            INSERT INTO stock_document_line (document_id, sku_id, quantity)
            SELECT ?1, unnest(cast(?2 as bigint[])), unnest(cast(?3 as integer[]))""";

    private static final String DELETE_LINES = "DELETE FROM stock_document_line WHERE document_id = ?1";

    private static final String EDIT = "UPDATE stock_document SET reference = ?2, version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String LINES = """
            SELECT d.type, d.reason, d.warehouse_id, l.sku_id, l.quantity
            FROM stock_document d JOIN stock_document_line l ON l.document_id = d.id
            WHERE d.id = ?1 ORDER BY l.sku_id""";

    private static final String POSTED = """
            UPDATE stock_document SET status = 'POSTED', posted_at = now(), version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String CANCELLED = """
            UPDATE stock_document SET status = 'CANCELLED', cancelled_at = now(), version = version + 1, updated_at = now() WHERE id = ?1""";

    public Uni<Boolean> warehouseCodeTaken(String code) {
        return NativeSql.longValue(WAREHOUSE_CODE_TAKEN, code).map(count -> count > 0);
    }

    public Uni<Long> insertWarehouse(String code, String name, long orgUnitId, String type) {
        return NativeSql.longValue(INSERT_WAREHOUSE, code, name, orgUnitId, type);
    }

    /** A new document with its lines, POSTED or DRAFT; its id. */
    public Uni<Long> insert(String type, String reason, long warehouseId, String reference, List<StockLine> lines, String actor,
            String status) {
        return NativeSql.longValue(INSERT, type, reason, warehouseId, reference, status, actor).call(id -> insertLines(id, lines));
    }

    /** Replaces a draft's reference and lines. */
    public Uni<Integer> edit(long id, String reference, List<StockLine> lines) {
        return NativeSql.update(DELETE_LINES, id).chain(() -> insertLines(id, lines)).chain(() -> NativeSql.update(EDIT, id, reference));
    }

    public Uni<DocumentLines> lines(long id) {
        return NativeSql.rows(LINES, id).map(rows -> new DocumentLines((String) rows.get(0)[0], (String) rows.get(0)[1],
                ((Number) rows.get(0)[2]).longValue(),
                rows.stream().map(row -> new StockLine(((Number) row[3]).longValue(), ((Number) row[4]).intValue())).toList()));
    }

    public Uni<Integer> markPosted(long id) {
        return NativeSql.update(POSTED, id);
    }

    public Uni<Integer> cancel(long id) {
        return NativeSql.update(CANCELLED, id);
    }

    private static Uni<Integer> insertLines(long documentId, List<StockLine> lines) {
        return NativeSql.update(INSERT_LINES, documentId, lines.stream().map(StockLine::skuId).toArray(Long[]::new),
                lines.stream().map(StockLine::quantity).toArray(Integer[]::new));
    }
}
