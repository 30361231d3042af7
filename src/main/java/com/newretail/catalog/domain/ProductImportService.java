package com.newretail.catalog.domain;

import static com.newretail.catalog.domain.CatalogErrorCode.BARCODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.CODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.INVALID_VALUE;
import static com.newretail.catalog.domain.CatalogErrorCode.NOT_FOUND;
import static com.newretail.catalog.domain.CatalogErrorCode.REQUIRED;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.mutation.Result;

import com.newretail.catalog.persistence.ImportStore;
import com.newretail.catalog.persistence.ImportStore.NewProduct;
import com.newretail.catalog.persistence.ImportStore.NewSku;

import io.smallrye.mutiny.Uni;

/**
 * Bulk import of products and SKUs. Every row is checked (format, duplicates within the file, codes
 * and barcodes already taken, unknown category or brand) and each problem names its row; any problem
 * refuses the whole import, so a corrected file can simply be sent again. Rows whose product code
 * already exists add SKUs to that product. The writes are two set-based statements, whatever the
 * number of rows.
 */
@ApplicationScoped
public class ProductImportService {

    public static final int MAX_ROWS = 5000;

    /** What an import created. */
    public record Imported(int productsCreated, int skusCreated, List<CatalogProblem> problems) implements Result<Imported> {

        @Override
        public Imported value() {
            return succeeded() ? this : null;
        }

        @Override
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private final ImportStore store;

    public ProductImportService(ImportStore store) {
        this.store = store;
    }

    public Uni<Imported> importRows(List<ImportRow> rows) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            return refused(List.of(CatalogProblem.of(REQUIRED, "At least one row is required", "rows")));
        }
        if (rows.size() > MAX_ROWS) {
            return refused(List.of(CatalogProblem.of(INVALID_VALUE, "At most " + MAX_ROWS + " rows per import", "rows")));
        }
        Set<String> skuCodes = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            checkRow(rows.get(i), String.valueOf(i), skuCodes, barcodes, problems);
        }
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        return store.existing(List.of(distinct(rows, ImportRow::productCode)), skuCodes, barcodes, List.of(distinct(rows, ImportRow::categoryCode)),
                List.of(distinct(rows, ImportRow::brandCode))).chain(existing -> {
                    List<CatalogProblem> conflicts = conflicts(rows, existing);
                    return conflicts.isEmpty() ? write(rows, existing) : refused(conflicts);
                });
    }

    private static void checkRow(ImportRow row, String index, Set<String> skuCodes, Set<String> barcodes, List<CatalogProblem> problems) {
        code(row.productCode(), problems, "rows", index, "productCode");
        code(row.skuCode(), problems, "rows", index, "skuCode");
        if (row.skuCode() != null && !skuCodes.add(row.skuCode())) {
            problems.add(CatalogProblem.of(CODE_TAKEN, "SKU code repeated in this import", "rows", index, "skuCode"));
        }
        if (row.productName() != null && (row.productName().isBlank() || row.productName().trim().length() > 200)) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Product name is 1-200 characters", "rows", index, "productName"));
        }
        if (row.unit() != null && (row.unit().isBlank() || row.unit().length() > 16)) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Unit is 1-16 characters", "rows", index, "unit"));
        }
        if (row.barcode() != null) {
            if (!CatalogService.BARCODE.matcher(row.barcode()).matches()) {
                problems.add(CatalogProblem.of(INVALID_VALUE, "Barcode is 4-32 letters, digits or '-'", "rows", index, "barcode"));
            } else if (!barcodes.add(row.barcode())) {
                problems.add(CatalogProblem.of(BARCODE_TAKEN, "Barcode repeated in this import", "rows", index, "barcode"));
            }
        }
        if (row.retailPrice() == null) {
            problems.add(CatalogProblem.of(REQUIRED, "Retail price is required", "rows", index, "retailPrice"));
        } else if (!PriceListService.validAmount(row.retailPrice())) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Retail price must be 0 or more, with at most 2 decimals", "rows", index,
                    "retailPrice"));
        }
        if (row.currency() != null && !CatalogService.CURRENCY.matcher(row.currency()).matches()) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Currency is an ISO 4217 code such as CNY", "rows", index, "currency"));
        }
        if (row.attributes() != null) {
            for (String attribute : row.attributes()) {
                if (!CatalogService.ATTRIBUTE.matcher(attribute).matches()) {
                    problems.add(CatalogProblem.of(INVALID_VALUE, "Attributes are 'name=value', e.g. 'colour=red'", "rows", index, "attributes"));
                }
            }
        }
    }

    private static List<CatalogProblem> conflicts(List<ImportRow> rows, Map<String, Map<String, Long>> existing) {
        List<CatalogProblem> problems = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            String index = String.valueOf(i);
            if (existing.getOrDefault("sku", Map.of()).containsKey(row.skuCode())) {
                problems.add(CatalogProblem.of(CODE_TAKEN, "SKU code '" + row.skuCode() + "' is taken", "rows", index, "skuCode"));
            }
            if (row.barcode() != null && existing.getOrDefault("barcode", Map.of()).containsKey(row.barcode())) {
                problems.add(CatalogProblem.of(BARCODE_TAKEN, "Barcode '" + row.barcode() + "' is taken", "rows", index, "barcode"));
            }
            if (row.categoryCode() != null && !existing.getOrDefault("category", Map.of()).containsKey(row.categoryCode())) {
                problems.add(CatalogProblem.of(NOT_FOUND, "No unarchived category '" + row.categoryCode() + "'", "rows", index, "categoryCode"));
            }
            if (row.brandCode() != null && !existing.getOrDefault("brand", Map.of()).containsKey(row.brandCode())) {
                problems.add(CatalogProblem.of(NOT_FOUND, "No unarchived brand '" + row.brandCode() + "'", "rows", index, "brandCode"));
            }
            boolean newProduct = !existing.getOrDefault("product", Map.of()).containsKey(row.productCode());
            if (newProduct && row.productName() != null) {
                named.add(row.productCode());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            if (!existing.getOrDefault("product", Map.of()).containsKey(row.productCode()) && !named.contains(row.productCode())) {
                problems.add(CatalogProblem.of(REQUIRED, "A new product needs a name on one of its rows", "rows", String.valueOf(i),
                        "productName"));
            }
        }
        return problems;
    }

    private Uni<Imported> write(List<ImportRow> rows, Map<String, Map<String, Long>> existing) {
        Map<String, ImportRow> newProducts = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            if (!existing.getOrDefault("product", Map.of()).containsKey(row.productCode())) {
                newProducts.merge(row.productCode(), row, (first, later) -> first.productName() == null ? later : first);
            }
        }
        List<ImportRow> products = List.copyOf(newProducts.values());
        Map<String, Long> categories = existing.getOrDefault("category", Map.of());
        Map<String, Long> brands = existing.getOrDefault("brand", Map.of());
        return store.insertProducts(products.stream().map(p -> new NewProduct(p.productCode(), p.productName().trim(),
                p.categoryCode() == null ? null : categories.get(p.categoryCode()), p.brandCode() == null ? null : brands.get(p.brandCode()),
                p.unit() == null ? "PCS" : p.unit())).toList())
                .chain(created -> store.insertSkus(rows.stream().map(r -> new NewSku(r.productCode(), r.skuCode(), r.barcode(), r.attributes(),
                        r.retailPrice(), r.currency() == null ? "CNY" : r.currency())).toList())
                        .map(skus -> new Imported(created, skus, List.of())));
    }

    private static void code(String code, List<CatalogProblem> problems, String... field) {
        if (code == null) {
            problems.add(CatalogProblem.of(REQUIRED, "Code is required", field));
        } else if (!CatalogService.CODE.matcher(code).matches()) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Code is 1-40 letters, digits, '.', '-' or '_'", field));
        }
    }

    private static String[] distinct(List<ImportRow> rows, java.util.function.Function<ImportRow, String> field) {
        return rows.stream().map(field).filter(value -> value != null).distinct().toArray(String[]::new);
    }

    private static Uni<Imported> refused(List<CatalogProblem> problems) {
        return Uni.createFrom().item(new Imported(0, 0, problems));
    }

}
