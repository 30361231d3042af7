package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NO_DAMAGED_WAREHOUSE;
import static com.newretail.retail.domain.RetailErrorCode.REFUND_MISMATCH;
import static com.newretail.retail.domain.RetailErrorCode.UNKNOWN_TENDER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerPurchases;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockLocations;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.api.StockReason;
import com.newretail.retail.api.CouponRule;
import com.newretail.retail.persistence.OrderStore;
import com.newretail.retail.persistence.ReturnStore;
import com.newretail.retail.persistence.ReturnStore.RefundPart;
import com.newretail.retail.persistence.ReturnStore.ReturnedUnits;

import io.smallrye.mutiny.Uni;

/**
 * Refunding an approved return: pays back by tender (the order's own tenders in payment order unless
 * given) and restocks — SELLABLE to the selling warehouse, DAMAGED to the store's DAMAGED warehouse —
 * as RETURN ledger rows.
 */
@ApplicationScoped
public class ReturnRefunds {

    private final ReturnStore store;
    private final OrderStore orders;
    private final StockMovements movements;
    private final StockLocations locations;
    private final CustomerPurchases purchases;
    private final SaleCredits credits;
    private final CouponRule coupons;

    private final OrderEvents orderEvents;

    public ReturnRefunds(ReturnStore store, OrderStore orders, StockMovements movements, StockLocations locations, CustomerPurchases purchases,
            SaleCredits credits, CouponRule coupons, OrderEvents orderEvents) {
        this.orderEvents = orderEvents;
        this.credits = credits;
        this.coupons = coupons;
        this.store = store;
        this.orders = orders;
        this.movements = movements;
        this.locations = locations;
        this.purchases = purchases;
    }

    /** Pays back and restocks an approved return; {@code refunds} empty means the order's own tenders. */
    public Uni<Outcome<Long>> refund(long returnId, int expectedVersion, List<TenderLine> refunds, String actor) {
        // The order row lock (taken before the return's, as requests take it) serializes refunds of one
        // order: two returns refunded at once cannot both spend what a tender has left.
        return store.lockOrderOfReturn(returnId)
                .chain(() -> ReturnService.locked(store, returnId, expectedVersion, "APPROVED"))
                .chain(refusal -> refusal != null ? Uni.createFrom().item(refusal) : store.refundTarget(returnId)
                        .chain(target -> store.refundable(target.orderId()).chain(available -> {
                            List<TenderLine> plan = new ArrayList<>();
                            List<RetailProblem> problems = plan(refunds, available, target.refundTotal(), plan);
                            return !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                                    : restock(returnId, target.storeId(), target.warehouseId(), actor).chain(restocked -> !restocked.succeeded()
                                            ? Uni.createFrom().item(restocked)
                                            : pay(returnId, target.orderId(), plan, actor)
                                                    .call(() -> target.customerId() == null ? Uni.createFrom().voidItem()
                                                            : store.refundedLines(returnId).chain(lines -> purchases.refunded(
                                                                    target.customerId(), target.refundTotal(), lines)))
                                                    .call(() -> credits.refunded(returnId))
                                                    .call(() -> couponsBack(returnId))
                                                    .call(() -> orderEvents.refunded(returnId)));
                        })));
    }

    /**
     * Splits a refund over tenders: with none given, the order's own tenders in payment order, each up
     * to what it can still refund; given ones must be the order's, within what each can still refund,
     * and add up to the total. Fills {@code plan}; returns the problems.
     */
    static List<RetailProblem> plan(List<TenderLine> refunds, Map<String, BigDecimal> available, BigDecimal total, List<TenderLine> plan) {
        List<RetailProblem> problems = new ArrayList<>();
        if (refunds.isEmpty()) {
            BigDecimal left = total;
            for (Map.Entry<String, BigDecimal> tender : available.entrySet()) {
                BigDecimal take = left.min(tender.getValue());
                if (take.signum() > 0) {
                    plan.add(new TenderLine(Tender.valueOf(tender.getKey()), take, null));
                    left = left.subtract(take);
                }
            }
            return plan.isEmpty() && total.signum() > 0 ? List.of(RetailProblem.of(REFUND_MISMATCH, "Nothing left to refund", "input")) : problems;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Map<String, BigDecimal> taken = new HashMap<>();
        for (int i = 0; i < refunds.size(); i++) {
            TenderLine refund = refunds.get(i);
            if (refund.tender() == null || refund.amount() == null || refund.amount().signum() <= 0
                    || refund.amount().stripTrailingZeros().scale() > 2) {
                problems.add(RetailProblem.of(INVALID_VALUE, "A refund needs a tender and an amount above 0 with at most 2 decimals",
                        "input", "refunds", String.valueOf(i)));
                continue;
            }
            BigDecimal room = available.get(refund.tender().name());
            BigDecimal after = taken.merge(refund.tender().name(), refund.amount(), BigDecimal::add);
            if (room == null || after.compareTo(room) > 0) {
                problems.add(RetailProblem.of(UNKNOWN_TENDER, room == null ? "The order was not paid with " + refund.tender()
                        : "At most " + room + " can be refunded to " + refund.tender(), "input", "refunds", String.valueOf(i), "tender"));
            }
            sum = sum.add(refund.amount());
            plan.add(refund);
        }
        if (problems.isEmpty() && sum.compareTo(total) != 0) {
            problems.add(RetailProblem.of(REFUND_MISMATCH, "Refunds of " + sum + " do not add up to " + total, "input", "refunds"));
        }
        return problems;
    }

    /** The coupons of the order hear of the refund (their templates restore or forfeit them). */
    private Uni<Void> couponsBack(long returnId) {
        return store.couponReturn(returnId).chain(back -> back.couponDiscount().signum() == 0 ? Uni.createFrom().voidItem()
                : coupons.returned(back.orderId(), back.couponDiscount(), back.returnedShare(), back.wholeOrder()));
    }

    private Uni<Outcome<Long>> restock(long returnId, long store, long warehouse, String actor) {
        return this.store.returnedUnits(returnId).chain(units -> {
            List<StockLine> sellable = new ArrayList<>();
            List<StockLine> damaged = new ArrayList<>();
            for (ReturnedUnits unit : units) {
                ("DAMAGED".equals(unit.condition()) ? damaged : sellable).add(new StockLine(unit.skuId(), unit.quantity()));
            }
            StockMovements.Source source = new StockMovements.Source(StockReason.RETURN, ReturnService.LEDGER_KIND, returnId, actor);
            Uni<Long> damagedWarehouse = damaged.isEmpty() ? Uni.createFrom().nullItem() : locations.damagedWarehouseOf(store);
            return damagedWarehouse.chain(target -> {
                if (!damaged.isEmpty() && target == null) {
                    return Uni.createFrom().item(Outcome.refused(NO_DAMAGED_WAREHOUSE, "The store has no DAMAGED warehouse", "id"));
                }
                return movements.increase(warehouse, sellable, source)
                        .chain(() -> damaged.isEmpty() ? Uni.createFrom().item(new StockMovements.Result(List.of()))
                                : movements.increase(target, damaged, source))
                        .map(result -> Outcome.of(returnId));
            });
        });
    }

    private Uni<Outcome<Long>> pay(long returnId, long orderId, List<TenderLine> plan, String actor) {
        String detail = plan.stream().map(t -> t.tender() + " " + t.amount().toPlainString()).collect(Collectors.joining(", "));
        return store.insertRefunds(returnId, plan.stream().map(t -> new RefundPart(t.tender().name(), t.amount(), t.reference())).toList())
                .chain(() -> store.markRefunded(returnId, actor, orderId))
                .chain(() -> orders.orderEvent(orderId, "REFUNDED", actor, "Return " + returnId + ": " + detail))
                .map(ignored -> Outcome.of(returnId));
    }
}
