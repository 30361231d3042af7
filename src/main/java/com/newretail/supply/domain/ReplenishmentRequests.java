package com.newretail.supply.domain;

import static com.newretail.supply.domain.SupplyErrorCode.DUPLICATE_SKU;
import static com.newretail.supply.domain.SupplyErrorCode.INVALID_SOURCE;
import static com.newretail.supply.domain.SupplyErrorCode.INVALID_VALUE;
import static com.newretail.supply.domain.SupplyErrorCode.NOTHING_TO_ORDER;
import static com.newretail.supply.domain.SupplyErrorCode.NOT_A_STORE_WAREHOUSE;
import static com.newretail.supply.domain.SupplyErrorCode.NOT_FOUND;
import static com.newretail.supply.domain.SupplyErrorCode.NO_SOURCE;
import static com.newretail.supply.domain.SupplyErrorCode.STALE_VERSION;
import static com.newretail.supply.domain.SupplyErrorCode.TRANSFER_REFUSED;
import static com.newretail.supply.domain.SupplyErrorCode.WRONG_STATUS;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockSupply;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.mutation.Refusal;
import com.newretail.platform.scope.DataScope;
import com.newretail.supply.persistence.SupplyStore;
import com.newretail.supply.persistence.SupplyStore.Locked;
import com.newretail.supply.persistence.SupplyStore.NewLine;

import io.smallrye.mutiny.Uni;

/**
 * Replenishment requests: a store asks its supplier (from the suggestions, or for lines it chooses); the
 * supplier's side approves, which creates the stock transfer that carries the goods (a DRAFT for the
 * supplier's warehouse to ship), or rejects. Drafts (the nightly run's) are submitted or cancelled by the store.
 */
@ApplicationScoped
public class ReplenishmentRequests {

    /** A line asked for. */
    public record Line(long skuId, int quantity) {
    }

    /** What a store asks: its warehouse, optionally the supplier, the lines (null: the current suggestions) and a note. */
    public record Ask(long warehouseId, Long sourceWarehouseId, List<Line> lines, String note) {
    }

    private static final int MAX_LINES = 500;
    private static final int MAX_QUANTITY = 1_000_000;

    private final StockSupply stock;
    private final ReplenishmentSuggestions suggestions;
    private final SupplyStore store;
    private final SkuCatalog catalog;

    public ReplenishmentRequests(StockSupply stock, ReplenishmentSuggestions suggestions, SupplyStore store, SkuCatalog catalog) {
        this.stock = stock;
        this.suggestions = suggestions;
        this.store = store;
        this.catalog = catalog;
    }

    public Uni<Outcome<Long>> create(Ask ask, LocalDate today, DataScope scope, String actor) {
        if (ask.note() != null && ask.note().length() > 500) {
            return Outcome.refusedNow(INVALID_VALUE, "A note has at most 500 characters", "input", "note");
        }
        if (ask.lines() != null) {
            String problem = linesProblem(ask.lines());
            if (problem != null) {
                return Outcome.refusedNow(problem.startsWith("SKU") ? DUPLICATE_SKU : INVALID_VALUE, problem, "input", "lines");
            }
        }
        return storeWarehouse(ask.warehouseId(), scope, "input", "warehouseId").chain(found -> found.problem() != null
                ? Uni.createFrom().item(Outcome.<Long>refused(found.problem()))
                : suggestions.plan(found.warehouse(), today).chain(plan -> source(ask.sourceWarehouseId(), plan).chain(source -> {
                    if (source == null) {
                        return Outcome.refusedNow(NO_SOURCE, "Name the supplying warehouse: the policy names none and the store's parent has none",
                                "input", "sourceWarehouseId");
                    }
                    return stock.supplies(source, ask.warehouseId()).chain(supplies -> {
                        if (!supplies || source == ask.warehouseId()) {
                            return Outcome.refusedNow(INVALID_SOURCE, "The supplying warehouse must belong to the store or a unit above it", "input",
                                    "sourceWarehouseId");
                        }
                        if (ask.lines() == null) {
                            List<NewLine> lines = plan.suggestions().stream().limit(MAX_LINES)
                                    .map(s -> new NewLine(s.skuId(), s.quantity(), s.quantity(), s.reason())).toList();
                            return lines.isEmpty() ? Outcome.refusedNow(NOTHING_TO_ORDER, "Nothing is suggested for this warehouse now; give lines",
                                    "input", "lines")
                                    : store.insert(ask.warehouseId(), source, "REQUESTED", "SUGGESTION", ask.note(), actor, lines).map(Outcome::of);
                        }
                        List<Long> skuIds = ask.lines().stream().map(Line::skuId).toList();
                        return catalog.activeByIds(skuIds).chain(active -> {
                            for (int i = 0; i < skuIds.size(); i++) {
                                if (!Boolean.TRUE.equals(active.get(skuIds.get(i)))) {
                                    return Outcome.<Long, SupplyErrorCode>refusedNow(NOT_FOUND, "No such active SKU", "input", "lines", String.valueOf(i), "skuId");
                                }
                            }
                            List<NewLine> lines = ask.lines().stream().map(line -> plan.suggestions().stream().filter(s -> s.skuId() == line.skuId())
                                    .findFirst().map(s -> new NewLine(line.skuId(), line.quantity(), s.quantity(), s.reason()))
                                    .orElse(new NewLine(line.skuId(), line.quantity(), null, null))).toList();
                            return store.insert(ask.warehouseId(), source, "REQUESTED", "MANUAL", ask.note(), actor, lines).map(Outcome::of);
                        });
                    });
                })));
    }

    /** The nightly run's draft for a warehouse: replaces the previous one; none when nothing is suggested. */
    public Uni<Long> draftNightly(StockSupply.Warehouse warehouse, LocalDate today) {
        return suggestions.plan(warehouse, today).chain(plan -> store.dropNightlyDraft(warehouse.id()).chain(() -> source(null, plan)).chain(source -> {
            if (source == null || plan.suggestions().isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            List<NewLine> lines = plan.suggestions().stream().limit(MAX_LINES).map(s -> new NewLine(s.skuId(), s.quantity(), s.quantity(), s.reason()))
                    .toList();
            return store.insert(warehouse.id(), source, "DRAFT", "NIGHTLY", "Drafted from the nightly suggestions", "system", lines);
        }));
    }

    /** A draft goes to the supplier. */
    public Uni<Outcome<Long>> submit(long id, int expectedVersion, DataScope scope) {
        return asker(id, expectedVersion, scope, Set.of("DRAFT"), "submit", locked -> store.setStatus(id, "REQUESTED").map(ignored -> Outcome.of(id)));
    }

    /** The store withdraws a draft or a request not yet decided. */
    public Uni<Outcome<Long>> cancel(long id, int expectedVersion, DataScope scope) {
        return asker(id, expectedVersion, scope, Set.of("DRAFT", "REQUESTED"), "cancel",
                locked -> store.setStatus(id, "CANCELLED").map(ignored -> Outcome.of(id)));
    }

    /** The supplier's side approves: the transfer is created in the same transaction. */
    public Uni<Outcome<Long>> approve(long id, int expectedVersion, String note, DataScope scope, String actor) {
        if (note != null && note.length() > 500) {
            return Outcome.refusedNow(INVALID_VALUE, "A note has at most 500 characters", "note");
        }
        return supplier(id, expectedVersion, scope, "approve", locked -> store.lines(id).chain(lines -> stock.transfer(locked.sourceWarehouseId(),
                locked.warehouseId(), "REPLENISHMENT-" + id, lines.stream().map(line -> new StockLine(line[0], (int) line[1])).toList(), actor)
                .chain(transfer -> !transfer.succeeded()
                        ? Outcome.refusedNow(TRANSFER_REFUSED, "The transfer was refused: " + transfer.problems().get(0).message(), "id")
                        : store.decide(id, "APPROVED", actor, note, transfer.value()).map(ignored -> Outcome.of(id)))));
    }

    public Uni<Outcome<Long>> reject(long id, int expectedVersion, String note, DataScope scope, String actor) {
        if (note == null || note.isBlank() || note.length() > 500) {
            return Outcome.refusedNow(INVALID_VALUE, "Say why, in 1-500 characters", "note");
        }
        return supplier(id, expectedVersion, scope, "reject", locked -> store.decide(id, "REJECTED", actor, note.trim(), null).map(ignored -> Outcome.of(id)));
    }

    private Uni<Outcome<Long>> asker(long id, int expectedVersion, DataScope scope, Set<String> from, String verb,
            Function<Locked, Uni<Outcome<Long>>> change) {
        return locked(id, expectedVersion, from, verb).chain(found -> found.problem() != null ? Uni.createFrom().item(Outcome.<Long>refused(found.problem()))
                : stock.warehouse(found.locked().warehouseId(), scope).chain(seen -> seen == null
                        ? Outcome.refusedNow(NOT_FOUND, "No such replenishment request of a warehouse in your data scope", "id")
                        : change.apply(found.locked())));
    }

    private Uni<Outcome<Long>> supplier(long id, int expectedVersion, DataScope scope, String verb, Function<Locked, Uni<Outcome<Long>>> change) {
        return locked(id, expectedVersion, Set.of("REQUESTED"), verb).chain(found -> found.problem() != null
                ? Uni.createFrom().item(Outcome.<Long>refused(found.problem()))
                : stock.warehouse(found.locked().sourceWarehouseId(), scope).chain(seen -> seen == null
                        ? Outcome.refusedNow(NOT_FOUND, "No such replenishment request to a warehouse in your data scope", "id")
                        : change.apply(found.locked())));
    }

    private record Found(Locked locked, Refusal<SupplyErrorCode> problem) {
    }

    private Uni<Found> locked(long id, int expectedVersion, Set<String> from, String verb) {
        return store.lock(id).map(found -> {
            if (found.isEmpty()) {
                return new Found(null, Refusal.of(NOT_FOUND, "No such replenishment request", "id"));
            }
            Locked locked = found.get();
            if (locked.version() != expectedVersion) {
                return new Found(null, Refusal.of(STALE_VERSION,
                        "The request is at version " + locked.version() + ", not " + expectedVersion, "expectedVersion"));
            }
            if (!from.contains(locked.status())) {
                return new Found(null, Refusal.of(WRONG_STATUS, "A " + locked.status() + " request cannot be asked to "
                        + verb, "id"));
            }
            return new Found(locked, null);
        });
    }

    private record StoreWarehouse(StockSupply.Warehouse warehouse, Refusal<SupplyErrorCode> problem) {
    }

    private Uni<StoreWarehouse> storeWarehouse(long warehouseId, DataScope scope, String... field) {
        return stock.warehouse(warehouseId, scope).map(warehouse -> warehouse == null
                ? new StoreWarehouse(null, Refusal.of(NOT_FOUND, "No such warehouse in your data scope", field))
                : !warehouse.isStore()
                        ? new StoreWarehouse(null, Refusal.of(NOT_A_STORE_WAREHOUSE,
                                "Replenishment is for a store's shop-floor warehouse", field))
                        : new StoreWarehouse(warehouse, null));
    }

    /** The supplier: as given, else the warehouse policy's, else the store parent's first dealer/regional/central warehouse. */
    private Uni<Long> source(Long given, ReplenishmentSuggestions.Plan plan) {
        if (given != null) {
            return Uni.createFrom().item(given);
        }
        return plan.defaults().sourceWarehouseId() != null ? Uni.createFrom().item(plan.defaults().sourceWarehouseId())
                : stock.defaultSourceOf(plan.warehouse().id());
    }

    private static String linesProblem(List<Line> lines) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            return "Give 1-" + MAX_LINES + " lines";
        }
        Set<Long> seen = new HashSet<>();
        for (Line line : lines) {
            if (line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
                return "A quantity is 1-" + MAX_QUANTITY;
            }
            if (!seen.add(line.skuId())) {
                return "SKU " + line.skuId() + " is on two lines";
            }
        }
        return null;
    }

    /** For the GraphQL layer: whether the scope sees a store warehouse; the warehouse or null. */
    public Uni<StockSupply.Warehouse> visibleStoreWarehouse(long warehouseId, DataScope scope) {
        return storeWarehouse(warehouseId, scope).map(StoreWarehouse::warehouse);
    }
}
