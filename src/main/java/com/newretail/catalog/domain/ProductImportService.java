package com.newretail.catalog.domain;

import static com.newretail.catalog.domain.CatalogErrorCode.BARCODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.CODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.INVALID_VALUE;
import static com.newretail.catalog.domain.CatalogErrorCode.NOT_FOUND;
import static com.newretail.catalog.domain.CatalogErrorCode.REQUIRED;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.mutation.Result;

import com.newretail.platform.persistence.NativeSql;

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
    private static final char ATTRIBUTE_SEPARATOR = '\u001f';

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
        return NativeSql.rows("SELECT 'product' AS kind, code, id FROM product WHERE code = ANY(cast(?1 as text[])) "
                + "UNION ALL SELECT 'sku', code, id FROM sku WHERE code = ANY(cast(?2 as text[])) "
                + "UNION ALL SELECT 'barcode', barcode, id FROM sku WHERE barcode = ANY(cast(?3 as text[])) "
                + "UNION ALL SELECT 'category', code, id FROM category WHERE code = ANY(cast(?4 as text[])) "
                + "UNION ALL SELECT 'brand', code, id FROM brand WHERE code = ANY(cast(?5 as text[]))",
                distinct(rows, ImportRow::productCode), skuCodes.toArray(String[]::new), barcodes.toArray(String[]::new),
                distinct(rows, ImportRow::categoryCode), distinct(rows, ImportRow::brandCode))
                .chain(found -> {
                    Map<String, Map<String, Long>> existing = new HashMap<>();
                    for (Object[] row : found) {
                        existing.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
                    }
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
                problems.add(CatalogProblem.of(NOT_FOUND, "No category '" + row.categoryCode() + "'", "rows", index, "categoryCode"));
            }
            if (row.brandCode() != null && !existing.getOrDefault("brand", Map.of()).containsKey(row.brandCode())) {
                problems.add(CatalogProblem.of(NOT_FOUND, "No brand '" + row.brandCode() + "'", "rows", index, "brandCode"));
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
        Uni<Integer> insertProducts = products.isEmpty() ? Uni.createFrom().item(0)
                : NativeSql.update("INSERT INTO product (code, name, category_id, brand_id, unit) "
                        + "SELECT c, n, nullif(cat, 0), nullif(b, 0), u FROM unnest(cast(?1 as text[]), cast(?2 as text[]), "
                        + "cast(?3 as bigint[]), cast(?4 as bigint[]), cast(?5 as text[])) AS t(c, n, cat, b, u)",
                        products.stream().map(ImportRow::productCode).toArray(String[]::new),
                        products.stream().map(p -> p.productName().trim()).toArray(String[]::new),
                        products.stream().map(p -> p.categoryCode() == null ? 0L : categories.get(p.categoryCode())).toArray(Long[]::new),
                        products.stream().map(p -> p.brandCode() == null ? 0L : brands.get(p.brandCode())).toArray(Long[]::new),
                        products.stream().map(p -> p.unit() == null ? "PCS" : p.unit()).toArray(String[]::new));
        return insertProducts.chain(created -> NativeSql.update("INSERT INTO sku (product_id, code, barcode, attributes, retail_price, currency) "
                + "SELECT p.id, t.c, nullif(t.bc, ''), string_to_array(t.a, chr(31)), cast(t.price as numeric(14, 2)), t.cur "
                + "FROM unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]), cast(?5 as text[]), "
                + "cast(?6 as text[])) WITH ORDINALITY AS t(pc, c, bc, a, price, cur, n) JOIN product p ON p.code = t.pc ORDER BY t.n",
                rows.stream().map(ImportRow::productCode).toArray(String[]::new),
                rows.stream().map(ImportRow::skuCode).toArray(String[]::new),
                rows.stream().map(r -> r.barcode() == null ? "" : r.barcode()).toArray(String[]::new),
                rows.stream().map(r -> r.attributes() == null ? "" : String.join(String.valueOf(ATTRIBUTE_SEPARATOR), r.attributes()))
                        .toArray(String[]::new),
                rows.stream().map(r -> r.retailPrice().toPlainString()).toArray(String[]::new),
                rows.stream().map(r -> r.currency() == null ? "CNY" : r.currency()).toArray(String[]::new))
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
