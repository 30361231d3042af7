package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** What a cart update asks for. */
    public record CartChange(Long customerId, Long salespersonId, List<String> couponCodes, List<CartLineDraft> lines) {
    }

    private final SaleRules rules;
    private final CartStore store;

    public CartService(SaleRules rules, CartStore store) {
        this.rules = rules;
        this.store = store;
    }

    /** Opens a cart at a store in the caller's scope, selling from its STORE warehouse, with its first contents. */
    public Uni<Outcome<Long>> open(long storeId, CartChange change, String actor) {
        return rules.sellingStore(storeId).chain(at -> !at.succeeded() ? Uni.createFrom().item(Outcome.<Long>refused(at.problems()))
                : store.insert(storeId, at.value().warehouseId(), actor)
                        .chain(cartId -> update(cartId, 0, storeId, at.value().companyId(), change)));
    }

    /** Replaces customer, salesperson, coupons and lines of an open or held cart (which is then open). */
    public Uni<Outcome<Long>> update(long cartId, int expectedVersion, long storeId, Long companyId, CartChange change) {
        List<RetailProblem> problems = SaleRules.shape(change, "input");
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return locked(cartId, expectedVersion).chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : rules.references(change, storeId, companyId).chain(wrong -> !wrong.isEmpty() ? Uni.createFrom().item(Outcome.refused(wrong))
                        : rules.activeSkus(change.lines()).chain(skuProblems -> !skuProblems.isEmpty()
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
}
