package com.newretail.catalog.domain;

import static com.newretail.catalog.domain.CatalogErrorCode.ARCHIVED;
import static com.newretail.catalog.domain.CatalogErrorCode.BARCODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.CYCLE;
import static com.newretail.catalog.domain.CatalogErrorCode.INVALID_VALUE;
import static com.newretail.catalog.domain.CatalogErrorCode.IN_USE;
import static com.newretail.catalog.domain.CatalogErrorCode.NOT_FOUND;
import static com.newretail.catalog.domain.CatalogErrorCode.STALE_VERSION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.newretail.catalog.persistence.MasterDataStore;
import com.newretail.catalog.persistence.MasterDataStore.LockedEntry;
import com.newretail.catalog.persistence.MasterDataStore.LockedProduct;
import com.newretail.catalog.persistence.MasterDataStore.LockedSku;
import com.newretail.platform.mutation.Outcome;

import io.smallrye.mutiny.Uni;

/**
 * Upkeep of existing master data: each change locks the row, refuses a stale {@code expectedVersion},
 * and returns the values before the change for the audit log. Nothing is deleted: products, categories
 * and brands are archived (kept for the orders and ledger rows that name them, no longer offered).
 * Reads are never cached, so a change is what the next till request sees.
 */
@ApplicationScoped
public class MasterDataService {

    private final MasterDataStore store;
    private final int barcodeGraceDays;

    public MasterDataService(MasterDataStore store,
            @ConfigProperty(name = "newretail.catalog.replaced-barcode-days", defaultValue = "90") int barcodeGraceDays) {
        this.store = store;
        this.barcodeGraceDays = barcodeGraceDays;
    }

    /** A product's new values; null fields keep theirs, {@code clearDescription} empties it. */
    public record ProductChange(String name, String description, boolean clearDescription, Long categoryId, Long brandId, String unit) {
    }

    /** A SKU's new values; null fields keep theirs, {@code clearBarcode} removes the barcode. */
    public record SkuChange(String barcode, boolean clearBarcode, List<String> attributes, BigDecimal retailPrice) {
    }

    public Uni<Outcome<Long>> updateProduct(long id, long expectedVersion, ProductChange change) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (change.name() != null && (change.name().isBlank() || change.name().trim().length() > 200)) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Name is 1-200 characters", "input", "name"));
        }
        if (change.description() != null && change.description().length() > 2000) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Description is at most 2000 characters", "input", "description"));
        }
        if (change.unit() != null && (change.unit().isBlank() || change.unit().trim().length() > 16)) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Unit is 1-16 characters", "input", "unit"));
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.lockProduct(id).chain(found -> current(found, expectedVersion, "product", LockedProduct::version, LockedProduct::archived,
                was -> usable(true, change.categoryId(), was.categoryId(), "categoryId")
                        .chain(category -> category != null ? refused(category) : usable(false, change.brandId(), was.brandId(), "brandId")
                                .chain(brand -> brand != null ? refused(brand) : store.updateProduct(id,
                                        change.name() != null ? change.name().trim() : was.name(),
                                        change.clearDescription() ? null : change.description() != null ? change.description() : was.description(),
                                        change.categoryId() != null ? change.categoryId() : was.categoryId(),
                                        change.brandId() != null ? change.brandId() : was.brandId(),
                                        change.unit() != null ? change.unit().trim() : was.unit())
                                        .map(ignored -> Outcome.of(id, before(was)))))));
    }

    /** Archives a product: it and its SKUs are no longer sold; orders and the ledger keep naming them. */
    public Uni<Outcome<Long>> archiveProduct(long id, long expectedVersion) {
        return store.lockProduct(id).chain(found -> current(found, expectedVersion, "product", LockedProduct::version, LockedProduct::archived,
                was -> store.archiveProduct(id).map(ignored -> Outcome.of(id, Map.of("archived", false)))));
    }

    /**
     * Changes a SKU's barcode, attributes or retail price. A replaced barcode keeps finding the SKU
     * for {@code newretail.catalog.replaced-barcode-days} (labels printed with it are still on the
     * shelves), and no other SKU may take it meanwhile.
     */
    public Uni<Outcome<Long>> updateSku(long id, long expectedVersion, SkuChange change) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (change.barcode() != null && change.clearBarcode()) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "A barcode cannot be both set and cleared", "input", "barcode"));
        } else if (change.barcode() != null && !CatalogService.BARCODE.matcher(change.barcode()).matches()) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Barcode is 4-32 letters, digits or '-'", "input", "barcode"));
        }
        if (change.retailPrice() != null && (change.retailPrice().signum() < 0 || change.retailPrice().stripTrailingZeros().scale() > 2
                || change.retailPrice().compareTo(new BigDecimal("999999999999.99")) > 0)) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Retail price must be 0 or more, with at most 2 decimals", "input", "retailPrice"));
        }
        if (change.attributes() != null && change.attributes().stream().anyMatch(a -> a == null || !CatalogService.ATTRIBUTE.matcher(a).matches())) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Attributes are 'name=value', e.g. 'colour=red'", "input", "attributes"));
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.lockSku(id).chain(found -> current(found, expectedVersion, "SKU", LockedSku::version, sku -> false, was -> {
            String barcode = change.clearBarcode() ? null : change.barcode() != null ? change.barcode() : was.barcode();
            Uni<Boolean> taken = barcode == null || barcode.equals(was.barcode()) ? Uni.createFrom().item(false) : store.barcodeTaken(barcode, id);
            return taken.chain(isTaken -> isTaken
                    ? refused(CatalogProblem.of(BARCODE_TAKEN, "Barcode '" + barcode + "' is another SKU's (or was, recently)", "input", "barcode"))
                    : store.updateSku(was, barcode, change.attributes() != null ? change.attributes() : was.attributes(),
                            change.retailPrice() != null ? change.retailPrice().setScale(2) : was.retailPrice(),
                            OffsetDateTime.now().plusDays(barcodeGraceDays))
                            .map(ignored -> {
                                Map<String, Object> before = new LinkedHashMap<>();
                                before.put("version", was.version());
                                before.put("barcode", was.barcode());
                                before.put("attributes", String.join(",", was.attributes()));
                                before.put("retailPrice", was.retailPrice().toPlainString());
                                return Outcome.of(id, before);
                            }));
        }));
    }

    /** Renames a category ({@code category}) or brand. */
    public Uni<Outcome<Long>> renameEntry(boolean category, long id, long expectedVersion, String name) {
        if (name == null || name.isBlank() || name.trim().length() > 120) {
            return refused(CatalogProblem.of(INVALID_VALUE, "Name is 1-120 characters", "input", "name"));
        }
        return store.lockEntry(category, id).chain(found -> current(found, expectedVersion, category ? "category" : "brand", LockedEntry::version,
                LockedEntry::archived, was -> store.renameEntry(category, id, name.trim())
                        .map(ignored -> Outcome.of(id, Map.of("version", was.version(), "name", was.name())))));
    }

    /** Moves a category under another one (null: to the top); never under itself or below itself. */
    public Uni<Outcome<Long>> moveCategory(long id, long expectedVersion, Long parentId) {
        return store.lockEntry(true, id).chain(found -> current(found, expectedVersion, "category", LockedEntry::version, LockedEntry::archived,
                was -> (parentId == null ? Uni.createFrom().item(false) : store.wouldCycle(id, parentId)).chain(cycle -> cycle
                        ? refused(CatalogProblem.of(CYCLE, "A category cannot move under itself or its subcategories", "parentId"))
                        : usable(true, parentId, was.parentId(), "parentId").chain(problem -> problem != null ? refused(problem)
                                : store.moveCategory(id, parentId).map(ignored -> {
                                    Map<String, Object> before = new LinkedHashMap<>();
                                    before.put("version", was.version());
                                    before.put("parentId", was.parentId());
                                    return Outcome.of(id, before);
                                })))));
    }

    /** Archives a category or brand nothing unarchived uses any more. */
    public Uni<Outcome<Long>> archiveEntry(boolean category, long id, long expectedVersion) {
        return store.lockEntry(category, id).chain(found -> current(found, expectedVersion, category ? "category" : "brand", LockedEntry::version,
                LockedEntry::archived, was -> store.usesOf(category, id).chain(uses -> uses > 0
                        ? refused(CatalogProblem.of(IN_USE, uses + " unarchived " + (category ? "subcategories or products" : "products")
                                + " still use it", "id"))
                        : store.archiveEntry(category, id).map(ignored -> Outcome.of(id, Map.of("archived", false))))));
    }

    /** The change, when the row exists, is at the expected version and not archived. */
    private static <T> Uni<Outcome<Long>> current(Optional<T> found, long expectedVersion, String what, Function<T, Long> version,
            Function<T, Boolean> archived, Function<T, Uni<Outcome<Long>>> change) {
        if (found.isEmpty()) {
            return refused(CatalogProblem.of(NOT_FOUND, "No such " + what, "id"));
        }
        if (version.apply(found.get()) != expectedVersion) {
            return refused(CatalogProblem.of(STALE_VERSION, "The " + what + " is at version " + version.apply(found.get()) + ", not "
                    + expectedVersion, "expectedVersion"));
        }
        if (archived.apply(found.get())) {
            return refused(CatalogProblem.of(ARCHIVED, "The " + what + " is archived", "id"));
        }
        return change.apply(found.get());
    }

    /** A new category or brand must exist unarchived; null when it may be used (or does not change). */
    private Uni<CatalogProblem> usable(boolean category, Long id, Long current, String field) {
        if (id == null || id.equals(current)) {
            return Uni.createFrom().nullItem();
        }
        return store.activeEntry(category, id).map(active -> active ? null
                : CatalogProblem.of(NOT_FOUND, "No such unarchived " + (category ? "category" : "brand"),
                        field.equals("parentId") ? new String[] { field } : new String[] { "input", field }));
    }

    private static Map<String, Object> before(LockedProduct was) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("version", was.version());
        before.put("name", was.name());
        before.put("description", was.description());
        before.put("categoryId", was.categoryId());
        before.put("brandId", was.brandId());
        before.put("unit", was.unit());
        return before;
    }

    private static Uni<Outcome<Long>> refused(CatalogProblem problem) {
        return Uni.createFrom().item(Outcome.refused(List.of(problem)));
    }
}
