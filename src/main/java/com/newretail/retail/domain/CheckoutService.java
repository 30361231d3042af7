package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.EMPTY_CART;
import static com.newretail.retail.domain.RetailErrorCode.INSUFFICIENT_STOCK;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;


import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.api.StockReservations;
import com.newretail.inventory.api.StockReason;
import com.newretail.retail.api.CouponRule;
import com.newretail.retail.persistence.OrderStore;
import com.newretail.retail.persistence.CartStore;
import com.newretail.retail.persistence.CartStore.CartHead;
import com.newretail.retail.persistence.OrderStore.NewOrder;
import com.newretail.retail.persistence.OrderStore.NewOrderLine;
import com.newretail.retail.persistence.OrderStore.PaymentPart;

import io.smallrye.mutiny.Uni;

/**
 * Checkout, all or nothing in the caller's transaction: the cart is locked and priced again, the
 * tenders must pay exactly the amount due (only cash may exceed it; the excess is change), stock
 * leaves the store's warehouse through the inventory API (SALE ledger rows, document type ORDER),
 * coupons are redeemed, and the order is written with its lines, payments, events and a receipt
 * number unique per store and business day. A walk-in sale is complete at once.
 */
@ApplicationScoped
public class CheckoutService {

    static final String LEDGER_KIND = "ORDER";

    private final CartPricer pricer;
    private final CouponRule coupons;
    private final StockMovements movements;
    private final SkuCatalog skus;
    private final StockReservations reservations;
    private final OrderStore store;
    private final CartStore carts;
    private final ZoneId zone;

    public CheckoutService(CartPricer pricer, CouponRule coupons, StockMovements movements, SkuCatalog skus, StockReservations reservations,
            OrderStore store, CartStore carts, RetailConfig config) {
        this.reservations = reservations;
        this.store = store;
        this.carts = carts;
        this.pricer = pricer;
        this.coupons = coupons;
        this.movements = movements;
        this.skus = skus;
        this.zone = config.timeZone();
    }

    /** A sale at the till: paid in full now, stock leaves at once, the order is completed. */
    public Uni<Outcome<Long>> checkout(long cartId, Long companyId, List<TenderLine> tenders, String actor) {
        return place(cartId, companyId, tenders, null, actor);
    }

    /**
     * A pickup order: stock is reserved until {@code pickupBy}; paid now (tenders paying the amount due:
     * PAID) or on pickup (no tenders: PENDING_PAYMENT). Fulfilment commits the reservation.
     */
    public Uni<Outcome<Long>> placePickup(long cartId, Long companyId, List<TenderLine> tenders, OffsetDateTime pickupBy, String actor) {
        if (pickupBy == null) {
            return Uni.createFrom().item(Outcome.refused(RetailErrorCode.REQUIRED, "pickupBy is required", "input", "pickupBy"));
        }
        return place(cartId, companyId, tenders, pickupBy, actor);
    }

    private Uni<Outcome<Long>> place(long cartId, Long companyId, List<TenderLine> tenders, OffsetDateTime pickupBy, String actor) {
        List<RetailProblem> tenderProblems = pickupBy != null && tenders.isEmpty() ? List.of() : Tenders.check(tenders);
        if (!tenderProblems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(tenderProblems));
        }
        return carts.lockForCheckout(cartId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such cart", "id"));
            }
            CartHead cart = found.get();
            if ("CHECKED_OUT".equals(cart.status())) {
                return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The cart was already checked out", "id"));
            }
            return carts.cartLines(cartId).map(rows -> rows.stream()
                    .map(row -> new CartLineDraft(row.skuId(), row.quantity(), row.lineDiscount(), row.discountReason())).toList())
                    .chain(lines -> lines.isEmpty()
                            ? Uni.createFrom().item(Outcome.refused(EMPTY_CART, "The cart has no lines", "id"))
                            : sellable(lines).chain(inactive -> !inactive.isEmpty() ? Uni.createFrom().item(Outcome.refused(inactive))
                                    : pricer.price(cart.storeId(), companyId, cart.customerId(), lines, cart.couponCodes(), OffsetDateTime.now())
                                            .chain(priced -> !priced.problems().isEmpty() ? Uni.createFrom().item(Outcome.refused(priced.problems()))
                                                    : pay(cartId, cart, lines, priced, tenders, pickupBy, actor))));
        });
    }

    private Uni<Outcome<Long>> pay(long cartId, CartHead cart, List<CartLineDraft> lines, CartPricer.PricedCart priced, List<TenderLine> tenders,
            OffsetDateTime pickupBy, String actor) {
        BigDecimal due = priced.priced().total();
        boolean payLater = pickupBy != null && tenders.isEmpty();
        BigDecimal change = payLater ? BigDecimal.ZERO : Tenders.change(tenders, due);
        if (change == null) {
            return Uni.createFrom().item(Outcome.refused(List.of(Tenders.mismatch(tenders, due))));
        }
        String status = pickupBy == null ? "COMPLETED" : payLater ? "PENDING_PAYMENT" : "PAID";
        LocalDate businessDate = LocalDate.now(zone);
        return store.nextReceiptNumber(cart.storeId(), businessDate)
                .chain(number -> store.insertOrder(new NewOrder(cart.storeId(), cart.warehouseId(),
                        businessDate.toString().replace("-", "") + "-" + String.format("%04d", number), businessDate, status, cart.customerId(),
                        cart.salespersonId(), cartId, priced.currency(), priced.priced().subtotal(), priced.priced().lineDiscounts(),
                        priced.priced().couponDiscount(), due, Tenders.total(tenders), change, actor, pickupBy == null ? "SALE" : "PICKUP", pickupBy)))
                .chain(orderId -> store.insertLines(orderId, orderLines(lines, priced))
                        .chain(() -> store.insertPayments(orderId, payments(tenders)))
                        .chain(() -> pickupBy == null ? store.saleEvents(orderId, actor, Tenders.describe(tenders, change))
                                : pickupEvents(orderId, actor, tenders, change))
                        .chain(() -> takeStock(orderId, cart.warehouseId(), lines, pickupBy, actor))
                        .chain(problem -> problem != null ? Uni.createFrom().item(Outcome.refused(List.of(problem)))
                                : redeem(priced.coupons(), orderId).chain(redeemed -> !redeemed
                                        ? Uni.createFrom().item(Outcome.refused(RetailErrorCode.COUPON_INVALID, "A coupon was used up meanwhile",
                                                "id"))
                                        : carts.markCheckedOut(cartId).map(ignored -> Outcome.of(orderId)))));
    }

    /** Which cart line(s) hold the SKU that ran out: the message names the SKU code and the line numbers. */
    static RetailProblem outOfStock(List<CartLineDraft> lines, StockMovements.Result moved) {
        long sku = moved.shortLine().skuId();
        List<String> numbers = IntStream.range(0, lines.size()).filter(i -> lines.get(i).skuId() == sku)
                .mapToObj(i -> String.valueOf(i + 1)).toList();
        return RetailProblem.of(INSUFFICIENT_STOCK, moved.message() + " (cart line " + String.join(", ", numbers) + ")", "id");
    }

    /** A sale takes the stock now; a pickup order reserves it until the pickup deadline. Null on success. */
    private Uni<RetailProblem> takeStock(long orderId, long warehouse, List<CartLineDraft> lines, OffsetDateTime pickupBy, String actor) {
        List<StockLine> stock = lines.stream().collect(Collectors.groupingBy(CartLineDraft::skuId, Collectors.summingInt(CartLineDraft::quantity)))
                .entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
        if (pickupBy == null) {
            return movements.decrease(warehouse, stock, new StockMovements.Source(StockReason.SALE, LEDGER_KIND, orderId, actor))
                    .map(moved -> moved.succeeded() ? null : outOfStock(lines, moved));
        }
        return reservations.reserve(warehouse, stock, pickupBy, "ORDER-" + orderId, actor).chain(held -> !held.succeeded()
                ? Uni.createFrom().item(RetailProblem.of("INSUFFICIENT_STOCK".equals(held.code()) ? INSUFFICIENT_STOCK : INVALID_VALUE,
                        held.message(), "INSUFFICIENT_STOCK".equals(held.code()) ? "id" : "pickupBy"))
                : store.setReservation(orderId, held.id()).map(ignored -> null));
    }

    private Uni<Integer> pickupEvents(long orderId, String actor, List<TenderLine> tenders, BigDecimal change) {
        Uni<Integer> created = store.orderEvent(orderId, "CREATED", actor, "Pickup order placed; stock reserved");
        return tenders.isEmpty() ? created : created.chain(() -> store.orderEvent(orderId, "PAID", actor, Tenders.describe(tenders, change)));
    }

    private Uni<Boolean> redeem(List<CouponRule.Quote> quotes, long orderId) {
        Uni<Boolean> chain = Uni.createFrom().item(true);
        for (CouponRule.Quote quote : quotes) {
            chain = chain.chain(ok -> ok ? coupons.redeem(quote, orderId) : Uni.createFrom().item(false));
        }
        return chain;
    }

    private static List<NewOrderLine> orderLines(List<CartLineDraft> lines, CartPricer.PricedCart priced) {
        List<Pricing.PricedLine> pl = priced.priced().lines();
        return IntStream.range(0, pl.size()).mapToObj(i -> {
            Pricing.PricedLine l = pl.get(i);
            return new NewOrderLine(i + 1, l.line().skuId(), l.line().quantity(), l.line().unitPrice(), Pricing.money(l.line().lineDiscount()),
                    lines.get(i).discountReason(), l.couponShare(), l.total(), priced.unitPrices().get(l.line().skuId()).priceListId());
        }).toList();
    }

    static List<PaymentPart> payments(List<TenderLine> tenders) {
        return tenders.stream().map(t -> new PaymentPart(t.tender().name(), t.amount(), t.reference())).toList();
    }

    private Uni<List<RetailProblem>> sellable(List<CartLineDraft> lines) {
        return skus.activeByIds(lines.stream().map(CartLineDraft::skuId).distinct().toList()).map(active -> {
            List<RetailProblem> problems = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!Boolean.TRUE.equals(active.get(lines.get(i).skuId()))) {
                    problems.add(RetailProblem.of(RetailErrorCode.SKU_INACTIVE, "The SKU is not sellable", "cart", "lines", String.valueOf(i)));
                }
            }
            return problems;
        });
    }
}
