package com.newretail.supply.domain;

import static com.newretail.supply.domain.SupplyErrorCode.INVALID_SOURCE;
import static com.newretail.supply.domain.SupplyErrorCode.INVALID_VALUE;
import static com.newretail.supply.domain.SupplyErrorCode.NOT_A_STORE_WAREHOUSE;
import static com.newretail.supply.domain.SupplyErrorCode.NOT_FOUND;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.api.StockSupply;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;
import com.newretail.supply.persistence.SupplyStore;

import io.smallrye.mutiny.Uni;

/** Sets the replenishment policy of a store warehouse (skuId null) or of one SKU there. */
@ApplicationScoped
public class ReplenishmentPolicies {

    private final StockSupply stock;
    private final SkuCatalog catalog;
    private final SupplyStore store;

    public ReplenishmentPolicies(StockSupply stock, SkuCatalog catalog, SupplyStore store) {
        this.stock = stock;
        this.catalog = catalog;
        this.store = store;
    }

    /** Sets the policy; the outcome's value is the warehouse. */
    public Uni<Outcome<Long>> set(long warehouseId, Policy policy, DataScope scope, String actor) {
        if (policy.leadTimeDays() < 0 || policy.leadTimeDays() > 90) {
            return Outcome.refusedNow(INVALID_VALUE, "A lead time is 0-90 days", "input", "leadTimeDays");
        }
        if (policy.coverDays() < 1 || policy.coverDays() > 180) {
            return Outcome.refusedNow(INVALID_VALUE, "Days of cover are 1-180", "input", "coverDays");
        }
        if ((policy.minQuantity() == null) != (policy.maxQuantity() == null)) {
            return Outcome.refusedNow(INVALID_VALUE, "Give both a minimum and a maximum, or neither", "input", "maxQuantity");
        }
        if (policy.minMax() && (policy.minQuantity() < 0 || policy.maxQuantity() < 1 || policy.minQuantity() > policy.maxQuantity())) {
            return Outcome.refusedNow(INVALID_VALUE, "0 ≤ minimum ≤ maximum, and the maximum is at least 1", "input", "minQuantity");
        }
        if (policy.packSize() < 1 || policy.packSize() > 10_000) {
            return Outcome.refusedNow(INVALID_VALUE, "A pack size is 1-10000", "input", "packSize");
        }
        return stock.warehouse(warehouseId, scope).chain(warehouse -> {
            if (warehouse == null) {
                return Outcome.refusedNow(NOT_FOUND, "No such warehouse in your data scope", "input", "warehouseId");
            }
            if (!warehouse.isStore()) {
                return Outcome.refusedNow(NOT_A_STORE_WAREHOUSE, "Replenishment is for a store's shop-floor warehouse", "input", "warehouseId");
            }
            Uni<Boolean> skuKnown = policy.skuId() == null ? Uni.createFrom().item(true)
                    : catalog.activeByIds(List.of(policy.skuId())).map(found -> Boolean.TRUE.equals(found.get(policy.skuId())));
            Uni<Boolean> sourceFits = policy.sourceWarehouseId() == null ? Uni.createFrom().item(true)
                    : policy.sourceWarehouseId() == warehouseId ? Uni.createFrom().item(false) : stock.supplies(policy.sourceWarehouseId(), warehouseId);
            return skuKnown.chain(known -> !known ? Outcome.refusedNow(NOT_FOUND, "No such active SKU", "input", "skuId")
                    : sourceFits.chain(fits -> !fits
                            ? Outcome.refusedNow(INVALID_SOURCE, "The supplying warehouse must belong to the store or a unit above it", "input",
                                    "sourceWarehouseId")
                            : store.setPolicy(warehouseId, policy.skuId(), policy.sourceWarehouseId(), policy.leadTimeDays(), policy.coverDays(),
                                    policy.minQuantity(), policy.maxQuantity(), policy.packSize(), actor).map(ignored -> Outcome.of(warehouseId))));
        });
    }
}
