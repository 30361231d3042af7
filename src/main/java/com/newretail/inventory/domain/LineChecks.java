package com.newretail.inventory.domain;

import static com.newretail.inventory.domain.InventoryErrorCode.DUPLICATE_LINE;
import static com.newretail.inventory.domain.InventoryErrorCode.INVALID_VALUE;
import static com.newretail.inventory.domain.InventoryErrorCode.REQUIRED;
import static com.newretail.inventory.domain.InventoryErrorCode.SKU_INACTIVE;
import static com.newretail.inventory.domain.InventoryErrorCode.UNKNOWN_SKU;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.api.StockLine;
import com.newretail.platform.graphql.GlobalId;

import io.smallrye.mutiny.Uni;

/** Validation of the lines every stock document carries: shape first, then the SKUs themselves. */
@ApplicationScoped
public class LineChecks {

    static final int MAX_LINES = 500;
    static final int MAX_QUANTITY = 1_000_000;

    private final SkuCatalog skus;

    public LineChecks(SkuCatalog skus) {
        this.skus = skus;
    }

    /** Shape, then (if the shape is fine) that every SKU exists and is active. */
    public Uni<List<InventoryProblem>> check(List<StockLine> lines, String reference) {
        List<InventoryProblem> problems = shape(lines, reference);
        return problems.isEmpty() ? activeSkus(lines) : Uni.createFrom().item(problems);
    }

    public Uni<List<InventoryProblem>> activeSkus(List<StockLine> lines) {
        return skus.activeByIds(lines.stream().map(StockLine::skuId).toList()).map(active -> {
            List<InventoryProblem> problems = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Boolean sellable = active.get(lines.get(i).skuId());
                if (sellable == null) {
                    problems.add(InventoryProblem.of(UNKNOWN_SKU, "No such SKU", "input", "lines", String.valueOf(i), "skuId"));
                } else if (!sellable) {
                    problems.add(InventoryProblem.of(SKU_INACTIVE, "The SKU is inactive", "input", "lines", String.valueOf(i), "skuId"));
                }
            }
            return problems;
        });
    }

    /** Shape of an optional list of lines (quantities and duplicates only; empty is fine). */
    static List<InventoryProblem> shapeIfAny(List<StockLine> lines, String field) {
        List<InventoryProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            StockLine line = lines.get(i);
            if (line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
                problems.add(InventoryProblem.of(INVALID_VALUE, "Quantity must be 1-" + MAX_QUANTITY,
                        "input", field, String.valueOf(i), "quantity"));
            }
            if (!seen.add(line.skuId())) {
                problems.add(InventoryProblem.of(DUPLICATE_LINE, "SKU " + GlobalId.encode("Sku", line.skuId()) + " is on two lines",
                        "input", field, String.valueOf(i), "skuId"));
            }
        }
        return problems;
    }

    static List<InventoryProblem> shape(List<StockLine> lines, String reference) {
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
        problems.addAll(shapeIfAny(lines, "lines"));
        return problems;
    }
}
