package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.SKU_INACTIVE;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;
import static com.newretail.retail.domain.RetailErrorCode.UNKNOWN_SKU;
import static com.newretail.retail.domain.RetailErrorCode.WRONG_STORE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.customer.api.CustomerDirectory;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.retail.persistence.CartStore;
import com.newretail.retail.persistence.CartStore.CartLineRow;

import io.smallrye.mutiny.Uni;

/**
 * Carts at a store: opened, edited (the lines are replaced as a whole, with the version the clerk
 * saw), held and resumed. A cart stores what the clerk entered; prices are worked out when it is
 * shown and again at checkout.
 */
@ApplicationScoped
public class CartService {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 9999;
    static final int MAX_COUPONS = 5;

    /** What a cart update asks for. */
    public record CartChange(Long customerId, Long salespersonId, List<String> couponCodes, List<CartLineDraft> lines) {
    }

    private final SkuCatalog skus;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final CartStore store;

    public CartService(SkuCatalog skus, CustomerDirectory customers, StaffDirectory staff, CartStore store) {
        this.skus = skus;
        this.customers = customers;
        this.staff = staff;
        this.store = store;
    }

    public Uni<Outcome<Long>> create(long storeId, long warehouseId, String actor) {
        return store.insert(storeId, warehouseId, actor).map(Outcome::of);
    }

    /** Replaces customer, salesperson, coupons and lines of an open or held cart (which is then open). */
    public Uni<Outcome<Long>> update(long cartId, int expectedVersion, long storeId, Long companyId, CartChange change) {
        List<RetailProblem> problems = shape(change);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return locked(cartId, expectedVersion).chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : references(change, storeId, companyId).chain(wrong -> !wrong.isEmpty() ? Uni.createFrom().item(Outcome.refused(wrong))
                        : activeSkus(change.lines()).chain(skuProblems -> !skuProblems.isEmpty()
                                ? Uni.createFrom().item(Outcome.refused(skuProblems))
                                : store.replace(cartId, change.customerId(), change.salespersonId(), change.couponCodes(), change.lines().stream()
                                        .map(l -> new CartLineRow(l.skuId(), l.quantity(), l.lineDiscount(), l.discountReason())).toList())
                                        .map(ignored -> Outcome.of(cartId)))));
    }

    /** Parks a cart (the customer stepped away); any later update reopens it. */
    public Uni<Outcome<Long>> hold(long cartId, int expectedVersion) {
        return locked(cartId, expectedVersion).chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.hold(cartId).map(ignored -> Outcome.of(cartId)));
    }

    /** Locks the cart; null when it may change, else the refusal. */
    private Uni<Outcome<Long>> locked(long cartId, int expectedVersion) {
        return store.lock(cartId).map(cart -> {
            if (cart.isEmpty()) {
                return Outcome.refused(NOT_FOUND, "No such cart", "id");
            }
            if (cart.get().version() != expectedVersion) {
                return Outcome.refused(STALE_VERSION, "The cart changed meanwhile: version is " + cart.get().version(), "expectedVersion");
            }
            if ("CHECKED_OUT".equals(cart.get().status())) {
                return Outcome.refused(INVALID_STATUS, "The cart was checked out", "id");
            }
            return null;
        });
    }

    private Uni<List<RetailProblem>> references(CartChange change, long storeId, Long companyId) {
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

    private Uni<List<RetailProblem>> activeSkus(List<CartLineDraft> lines) {
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

    static List<RetailProblem> shape(CartChange change) {
        List<RetailProblem> problems = new ArrayList<>();
        if (change.lines().size() > MAX_LINES) {
            problems.add(RetailProblem.of(INVALID_VALUE, "At most " + MAX_LINES + " lines", "input", "lines"));
        }
        if (change.couponCodes().size() > MAX_COUPONS || change.couponCodes().stream().distinct().count() < change.couponCodes().size()) {
            problems.add(RetailProblem.of(INVALID_VALUE, "At most " + MAX_COUPONS + " different coupon codes", "input", "couponCodes"));
        }
        for (int i = 0; i < change.lines().size(); i++) {
            CartLineDraft line = change.lines().get(i);
            String index = String.valueOf(i);
            if (line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
                problems.add(RetailProblem.of(INVALID_VALUE, "Quantity must be 1-" + MAX_QUANTITY, "input", "lines", index, "quantity"));
            }
            BigDecimal discount = line.lineDiscount();
            if (discount.signum() < 0 || discount.stripTrailingZeros().scale() > 2) {
                problems.add(RetailProblem.of(INVALID_VALUE, "A line discount is 0 or more, with at most 2 decimals", "input", "lines", index,
                        "lineDiscount"));
            } else if (discount.signum() > 0 && (line.discountReason() == null || line.discountReason().isBlank())) {
                problems.add(RetailProblem.of(REQUIRED, "A line discount needs a reason", "input", "lines", index, "discountReason"));
            }
            if (line.discountReason() != null && line.discountReason().length() > 120) {
                problems.add(RetailProblem.of(INVALID_VALUE, "The reason is at most 120 characters", "input", "lines", index, "discountReason"));
            }
        }
        return problems;
    }
}
