package com.newretail.inventory.domain;

import static com.newretail.inventory.domain.InventoryErrorCode.CODE_TAKEN;
import static com.newretail.inventory.domain.InventoryErrorCode.DUPLICATE_LINE;
import static com.newretail.inventory.domain.InventoryErrorCode.INVALID_VALUE;
import static com.newretail.inventory.domain.InventoryErrorCode.REQUIRED;
import static com.newretail.inventory.domain.InventoryErrorCode.SKU_INACTIVE;
import static com.newretail.inventory.domain.InventoryErrorCode.UNKNOWN_SKU;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.platform.graphql.GlobalId;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Warehouses and posted stock documents (receipts and issues), inside the caller's transaction. */
@ApplicationScoped
public class StockDocumentService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    static final int MAX_LINES = 500;
    static final int MAX_QUANTITY = 1_000_000;

    /** The new object's id, or the problems. */
    public record Posted(Long id, List<InventoryProblem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }

        static Posted refused(List<InventoryProblem> problems) {
            return new Posted(null, problems);
        }
    }

    private final StockMovements movements;
    private final SkuCatalog skus;

    public StockDocumentService(StockMovements movements, SkuCatalog skus) {
        this.movements = movements;
        this.skus = skus;
    }

    public Uni<Posted> createWarehouse(String code, String name, long orgUnitId, WarehouseType type) {
        List<InventoryProblem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(InventoryProblem.of(REQUIRED, "Code is required", "input", "code"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(InventoryProblem.of(INVALID_VALUE, "Code is 1-32 letters, digits, '-' or '_'", "input", "code"));
        }
        if (name == null || name.isBlank() || name.trim().length() > 120) {
            problems.add(InventoryProblem.of(name == null ? REQUIRED : INVALID_VALUE, "Name is 1-120 characters", "input", "name"));
        }
        if (type == null) {
            problems.add(InventoryProblem.of(REQUIRED, "Type is required", "input", "type"));
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Posted.refused(problems));
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) FROM warehouse WHERE code = ?1", Long.class).setParameter(1, code)
                .getSingleResult()
                .chain(taken -> taken > 0
                        ? Uni.createFrom().item(Posted.refused(List.of(InventoryProblem.of(CODE_TAKEN,
                                "Warehouse code '" + code + "' is taken", "input", "code"))))
                        : session.createNativeQuery("INSERT INTO warehouse (code, name, org_unit_id, type) VALUES (?1, ?2, ?3, ?4) "
                                + "RETURNING id", Long.class)
                                .setParameter(1, code).setParameter(2, name.trim()).setParameter(3, orgUnitId)
                                .setParameter(4, type.name()).getSingleResult()
                                .map(id -> new Posted(id, List.of()))));
    }

    /**
     * Posts a receipt ({@code RECEIPT}) or an issue (any decreasing reason) in one go: the document, its
     * lines, the stock levels and the ledger rows. Any short line refuses the whole document.
     */
    public Uni<Posted> post(boolean receipt, StockReason reason, long warehouseId, String reference, List<StockLine> lines,
            String actor) {
        List<InventoryProblem> problems = checkLines(lines, reference);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Posted.refused(problems));
        }
        return skus.activeByIds(lines.stream().map(StockLine::skuId).toList()).chain(active -> {
            List<InventoryProblem> skuProblems = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Boolean sellable = active.get(lines.get(i).skuId());
                if (sellable == null) {
                    skuProblems.add(InventoryProblem.of(UNKNOWN_SKU, "No such SKU", "input", "lines", String.valueOf(i), "skuId"));
                } else if (!sellable) {
                    skuProblems.add(InventoryProblem.of(SKU_INACTIVE, "The SKU is inactive", "input", "lines", String.valueOf(i), "skuId"));
                }
            }
            if (!skuProblems.isEmpty()) {
                return Uni.createFrom().item(Posted.refused(skuProblems));
            }
            String type = receipt ? "RECEIPT" : "ISSUE";
            return insertDocument(type, reason, warehouseId, reference, lines, actor).chain(documentId ->
                    (receipt ? movements.increase(warehouseId, lines, reason, type, documentId, actor)
                            : movements.decrease(warehouseId, lines, reason, type, documentId, actor))
                            .map(result -> result.succeeded() ? new Posted(documentId, List.of()) : Posted.refused(result.problems())));
        });
    }

    private Uni<Long> insertDocument(String type, StockReason reason, long warehouseId, String reference, List<StockLine> lines,
            String actor) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO stock_document (type, reason, warehouse_id, reference, status, actor, posted_at) "
                        + "VALUES (?1, ?2, ?3, ?4, 'POSTED', ?5, now()) RETURNING id", Long.class)
                .setParameter(1, type).setParameter(2, reason.name()).setParameter(3, warehouseId)
                .setParameter(4, reference).setParameter(5, actor).getSingleResult()
                .call(id -> session.createNativeQuery("INSERT INTO stock_document_line (document_id, sku_id, quantity) "
                        + "SELECT ?1, unnest(cast(?2 as bigint[])), unnest(cast(?3 as integer[]))")
                        .setParameter(1, id)
                        .setParameter(2, lines.stream().map(StockLine::skuId).toArray(Long[]::new))
                        .setParameter(3, lines.stream().map(StockLine::quantity).toArray(Integer[]::new))
                        .executeUpdate()));
    }

    static List<InventoryProblem> checkLines(List<StockLine> lines, String reference) {
        List<InventoryProblem> problems = new ArrayList<>();
        if (reference != null && reference.length() > 64) {
            problems.add(InventoryProblem.of(INVALID_VALUE, "Reference is at most 64 characters", "input", "reference"));
        }
        if (lines == null || lines.isEmpty()) {
            problems.add(InventoryProblem.of(REQUIRED, "At least one line is required", "input", "lines"));
            return problems;
        }
        if (lines.size() > MAX_LINES) {
            problems.add(InventoryProblem.of(INVALID_VALUE, "At most " + MAX_LINES + " lines", "input", "lines"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            StockLine line = lines.get(i);
            if (line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
                problems.add(InventoryProblem.of(INVALID_VALUE, "Quantity must be 1-" + MAX_QUANTITY,
                        "input", "lines", String.valueOf(i), "quantity"));
            }
            if (!seen.add(line.skuId())) {
                problems.add(InventoryProblem.of(DUPLICATE_LINE, "SKU " + GlobalId.encode("Sku", line.skuId()) + " is on two lines",
                        "input", "lines", String.valueOf(i), "skuId"));
            }
        }
        return problems;
    }
}
