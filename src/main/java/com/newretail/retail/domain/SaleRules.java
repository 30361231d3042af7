package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.NO_SALE_WAREHOUSE;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.SKU_INACTIVE;
import static com.newretail.retail.domain.RetailErrorCode.UNKNOWN_SKU;
import static com.newretail.retail.domain.RetailErrorCode.WRONG_STORE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.Prices;
import com.newretail.catalog.api.SkuCatalog;
import com.newretail.customer.api.CustomerDirectory;
import com.newretail.inventory.api.StockLocations;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.CallerScope;

import io.smallrye.mutiny.Uni;

/** What a cart or a posted sale may hold: the same rules for both, so a till cannot sell what a cart could not. */
@ApplicationScoped
public class SaleRules {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 9999;
    static final int MAX_COUPONS = 5;

    /** A store the caller may sell at: its selling (oldest STORE) warehouse and its sales company. */
    public record SellingStore(long storeId, long warehouseId, Long companyId) {
    }

    private final SkuCatalog skus;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final StockLocations locations;

    public SaleRules(SkuCatalog skus, CustomerDirectory customers, StaffDirectory staff, CallerScope callerScope, OrgUnitViews orgUnits,
            StockLocations locations) {
        this.skus = skus;
        this.customers = customers;
        this.staff = staff;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.locations = locations;
    }

    /** The store to sell at, or why not: NOT_FOUND outside the caller's scope, NO_SALE_WAREHOUSE without a STORE warehouse. */
    Uni<Outcome<SellingStore>> sellingStore(long storeId) {
        return callerScope.current().chain(scope -> orgUnits.placementInScope(storeId, scope)).chain(placement -> placement == null
                ? Outcome.refusedNow(NOT_FOUND, "No such store", "input", "storeId")
                : locations.saleWarehouseOf(storeId).map(warehouse -> warehouse == null
                        ? Outcome.refused(NO_SALE_WAREHOUSE, "The store has no STORE warehouse", "input", "storeId")
                        : Outcome.of(new SellingStore(storeId, warehouse, placement.companyId()))));
    }

    /** The customer must be of the store's company and the salesperson must work at the store. */
    Uni<List<RetailProblem>> references(CartService.CartChange change, long storeId, Long companyId) {
        Uni<Long> customerCompany = change.customerId() == null ? Uni.createFrom().item(companyId) : customers.companyOf(change.customerId());
        Uni<Long> salespersonUnit = change.salespersonId() == null ? Uni.createFrom().item(storeId)
                : staff.activeOrgUnitOf(change.salespersonId());
        return customerCompany.chain(company -> salespersonUnit.map(unit -> {
            List<RetailProblem> problems = new ArrayList<>();
            if (company == null) {
                problems.add(RetailProblem.of(NOT_FOUND, "No such customer", "input", "customerId"));
            } else if (!Objects.equals(company, companyId)) {
                problems.add(RetailProblem.of(WRONG_STORE, "The customer belongs to another company", "input", "customerId"));
            }
            if (unit == null) {
                problems.add(RetailProblem.of(NOT_FOUND, "No such active staff member", "input", "salespersonId"));
            } else if (unit != storeId) {
                problems.add(RetailProblem.of(WRONG_STORE, "The salesperson works at another org unit", "input", "salespersonId"));
            }
            return problems;
        }));
    }

    /** Every line's SKU must exist and be active. */
    Uni<List<RetailProblem>> activeSkus(List<CartLineDraft> lines) {
        return skus.activeByIds(lines.stream().map(CartLineDraft::skuId).distinct().toList()).map(active -> {
            List<RetailProblem> problems = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Boolean sellable = active.get(lines.get(i).skuId());
                if (sellable == null) {
                    problems.add(RetailProblem.of(UNKNOWN_SKU, "No such SKU", "input", "lines", String.valueOf(i), "skuId"));
                } else if (!sellable) {
                    problems.add(RetailProblem.of(SKU_INACTIVE, "The SKU is inactive", "input", "lines", String.valueOf(i), "skuId"));
                }
            }
            return problems;
        });
    }

    /**
     * Lines whose SKU is priced but not active, from the prices resolved for the sale (no statement of
     * its own); {@code fieldOf} gives a line's input path.
     */
    static List<RetailProblem> inactive(List<CartLineDraft> lines, Map<Long, Prices.UnitPrice> unitPrices, IntFunction<String[]> fieldOf) {
        List<RetailProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Prices.UnitPrice unit = unitPrices.get(lines.get(i).skuId());
            if (unit != null && !unit.active()) {
                problems.add(RetailProblem.of(SKU_INACTIVE, "The SKU is inactive", fieldOf.apply(i)));
            }
        }
        return problems;
    }

    /** Limits on lines, quantities, discounts and coupons; {@code root} is the input's name in field paths. */
    static List<RetailProblem> shape(CartService.CartChange change, String root) {
        List<RetailProblem> problems = new ArrayList<>();
        if (change.lines().size() > MAX_LINES) {
            problems.add(RetailProblem.of(INVALID_VALUE, "At most " + MAX_LINES + " lines", root, "lines"));
        }
        if (change.couponCodes().size() > MAX_COUPONS || change.couponCodes().stream().distinct().count() < change.couponCodes().size()) {
            problems.add(RetailProblem.of(INVALID_VALUE, "At most " + MAX_COUPONS + " different coupon codes", root, "couponCodes"));
        }
        for (int i = 0; i < change.lines().size(); i++) {
            CartLineDraft line = change.lines().get(i);
            String index = String.valueOf(i);
            if (line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
                problems.add(RetailProblem.of(INVALID_VALUE, "Quantity must be 1-" + MAX_QUANTITY, root, "lines", index, "quantity"));
            }
            BigDecimal discount = line.lineDiscount();
            if (discount.signum() < 0 || discount.stripTrailingZeros().scale() > 2) {
                problems.add(RetailProblem.of(INVALID_VALUE, "A line discount is 0 or more, with at most 2 decimals", root, "lines", index,
                        "lineDiscount"));
            } else if (discount.signum() > 0 && (line.discountReason() == null || line.discountReason().isBlank())) {
                problems.add(RetailProblem.of(REQUIRED, "A line discount needs a reason", root, "lines", index, "discountReason"));
            }
            if (line.discountReason() != null && line.discountReason().length() > 120) {
                problems.add(RetailProblem.of(INVALID_VALUE, "The reason is at most 120 characters", root, "lines", index, "discountReason"));
            }
        }
        return problems;
    }
}
