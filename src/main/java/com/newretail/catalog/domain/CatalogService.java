package com.newretail.catalog.domain;

import static com.newretail.catalog.domain.CatalogErrorCode.BARCODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.CODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.INVALID_VALUE;
import static com.newretail.catalog.domain.CatalogErrorCode.NOT_FOUND;
import static com.newretail.catalog.domain.CatalogErrorCode.REQUIRED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.persistence.CatalogStore;
import com.newretail.catalog.persistence.CatalogStore.NewSku;
import com.newretail.platform.mutation.Outcome;

import io.smallrye.mutiny.Uni;

/**
 * Catalog writes: a product is created together with its SKUs in one statement batch, inside the
 * caller's transaction. Codes and barcodes are unique (checked here for clear errors, and by the
 * database constraints as the last word).
 */
@ApplicationScoped
public class CatalogService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    static final Pattern BARCODE = Pattern.compile("[0-9A-Za-z-]{4,32}");
    static final Pattern ATTRIBUTE = Pattern.compile("[^=\\s][^=]{0,39}=[^=]{1,80}");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final CatalogStore store;

    public CatalogService(CatalogStore store) {
        this.store = store;
    }

    public Uni<Outcome<Long>> createCategory(String code, String name, Long parentId) {
        List<CatalogProblem> problems = new ArrayList<>();
        checkCode(code, problems, "input", "code");
        checkName(name, 120, problems, "input", "name");
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.categoryCodeTaken(code).chain(taken -> taken
                ? refused(CatalogProblem.of(CODE_TAKEN, "Category code '" + code + "' is taken", "input", "code"))
                : (parentId == null ? Uni.createFrom().item(true) : store.categoryExists(parentId)).chain(parentOk -> !parentOk
                        ? refused(CatalogProblem.of(NOT_FOUND, "No such parent category", "input", "parentId"))
                        : store.insertCategory(code, name.trim(), parentId).map(Outcome::of)));
    }

    public Uni<Outcome<Long>> createBrand(String code, String name) {
        List<CatalogProblem> problems = new ArrayList<>();
        checkCode(code, problems, "input", "code");
        checkName(name, 120, problems, "input", "name");
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.brandCodeTaken(code).chain(taken -> taken
                ? refused(CatalogProblem.of(CODE_TAKEN, "Brand code '" + code + "' is taken", "input", "code"))
                : store.insertBrand(code, name.trim()).map(Outcome::of));
    }

    public Uni<Outcome<Long>> createProduct(ProductDraft draft) {
        List<CatalogProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return taken(draft).chain(conflicts -> {
            if (!conflicts.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(conflicts));
            }
            return store.insertProduct(draft.code(), draft.name().trim(), draft.description(), draft.categoryId(), draft.brandId(),
                    draft.unit() == null ? "PCS" : draft.unit(), draft.skus().stream().map(sku -> new NewSku(sku.code(), sku.barcode(),
                            sku.attributes() == null ? List.of() : sku.attributes(), sku.retailPrice(),
                            sku.currency() == null ? "CNY" : sku.currency())).toList())
                    .map(Outcome::of);
        });
    }

    /** Sets a SKU's status; false when there is no such SKU. */
    public Uni<Outcome<Long>> setSkuStatus(long skuId, CatalogStatus status) {
        return store.setSkuStatus(skuId, status.name())
                .map(changed -> changed ? Outcome.of(skuId)
                        : Outcome.refused(List.of(CatalogProblem.of(NOT_FOUND, "No such SKU", "id"))));
    }

    /** Conflicts with existing codes, barcodes, and missing category or brand. */
    private Uni<List<CatalogProblem>> taken(ProductDraft draft) {
        List<String> skuCodes = draft.skus().stream().map(SkuDraft::code).toList();
        List<String> barcodes = draft.skus().stream().map(SkuDraft::barcode).filter(b -> b != null).toList();
        return store.productConflicts(draft.code(), skuCodes, barcodes, draft.categoryId(), draft.brandId())
                .map(row -> {
                    List<CatalogProblem> problems = new ArrayList<>();
                    if (row.codeTaken()) {
                        problems.add(CatalogProblem.of(CODE_TAKEN, "Product code '" + draft.code() + "' is taken", "input", "code"));
                    }
                    if (row.takenSkuCodes() != null) {
                        problems.add(CatalogProblem.of(CODE_TAKEN, "SKU code(s) taken: " + row.takenSkuCodes(), "input", "skus"));
                    }
                    if (row.takenBarcodes() != null) {
                        problems.add(CatalogProblem.of(BARCODE_TAKEN, "Barcode(s) taken: " + row.takenBarcodes(), "input", "skus"));
                    }
                    if (!row.categoryFound()) {
                        problems.add(CatalogProblem.of(NOT_FOUND, "No such category", "input", "categoryId"));
                    }
                    if (!row.brandFound()) {
                        problems.add(CatalogProblem.of(NOT_FOUND, "No such brand", "input", "brandId"));
                    }
                    return problems;
                });
    }

    static List<CatalogProblem> check(ProductDraft draft) {
        List<CatalogProblem> problems = new ArrayList<>();
        checkCode(draft.code(), problems, "input", "code");
        checkName(draft.name(), 200, problems, "input", "name");
        if (draft.description() != null && draft.description().length() > 2000) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Description is at most 2000 characters", "input", "description"));
        }
        if (draft.unit() != null && (draft.unit().isBlank() || draft.unit().length() > 16)) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Unit is 1-16 characters", "input", "unit"));
        }
        if (draft.skus() == null || draft.skus().isEmpty()) {
            problems.add(CatalogProblem.of(REQUIRED, "A product needs at least one SKU", "input", "skus"));
            return problems;
        }
        if (draft.skus().size() > 200) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "At most 200 SKUs per product", "input", "skus"));
        }
        Set<String> codes = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        for (int i = 0; i < draft.skus().size(); i++) {
            SkuDraft sku = draft.skus().get(i);
            String index = String.valueOf(i);
            checkCode(sku.code(), problems, "input", "skus", index, "code");
            if (sku.code() != null && !codes.add(sku.code())) {
                problems.add(CatalogProblem.of(CODE_TAKEN, "SKU code repeated in this product", "input", "skus", index, "code"));
            }
            if (sku.barcode() != null) {
                if (!BARCODE.matcher(sku.barcode()).matches()) {
                    problems.add(CatalogProblem.of(INVALID_VALUE, "Barcode is 4-32 letters, digits or '-'", "input", "skus", index, "barcode"));
                } else if (!barcodes.add(sku.barcode())) {
                    problems.add(CatalogProblem.of(BARCODE_TAKEN, "Barcode repeated in this product", "input", "skus", index, "barcode"));
                }
            }
            if (sku.retailPrice() == null) {
                problems.add(CatalogProblem.of(REQUIRED, "Retail price is required", "input", "skus", index, "retailPrice"));
            } else if (sku.retailPrice().signum() < 0 || sku.retailPrice().scale() > 2
                    || sku.retailPrice().compareTo(new BigDecimal("999999999999.99")) > 0) {
                problems.add(CatalogProblem.of(INVALID_VALUE, "Retail price must be 0 or more, with at most 2 decimals",
                        "input", "skus", index, "retailPrice"));
            }
            if (sku.currency() != null && !CURRENCY.matcher(sku.currency()).matches()) {
                problems.add(CatalogProblem.of(INVALID_VALUE, "Currency is an ISO 4217 code such as CNY", "input", "skus", index, "currency"));
            }
            if (sku.attributes() != null) {
                for (String attribute : sku.attributes()) {
                    if (!ATTRIBUTE.matcher(attribute).matches()) {
                        problems.add(CatalogProblem.of(INVALID_VALUE, "Attributes are 'name=value', e.g. 'colour=red'",
                                "input", "skus", index, "attributes"));
                    }
                }
            }
        }
        return problems;
    }

    private static void checkCode(String code, List<CatalogProblem> problems, String... field) {
        if (code == null) {
            problems.add(CatalogProblem.of(REQUIRED, "Code is required", field));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Code is 1-40 letters, digits, '.', '-' or '_'", field));
        }
    }

    private static void checkName(String name, int max, List<CatalogProblem> problems, String... field) {
        if (name == null) {
            problems.add(CatalogProblem.of(REQUIRED, "Name is required", field));
        } else if (name.isBlank() || name.trim().length() > max) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Name is 1-" + max + " characters", field));
        }
    }

    private static Uni<Outcome<Long>> refused(CatalogProblem problem) {
        return Uni.createFrom().item(Outcome.refused(List.of(problem)));
    }
}
