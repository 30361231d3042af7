package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.EMPTY_CART;
import static com.newretail.retail.domain.RetailErrorCode.INSUFFICIENT_STOCK;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;


import com.newretail.customer.api.CustomerPurchases;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.api.StockReservations;
import com.newretail.inventory.api.StockReason;
import com.newretail.retail.api.CouponRule;
import com.newretail.retail.persistence.OrderStore;
import com.newretail.retail.persistence.CartStore;
import com.newretail.retail.persistence.CartStore.CartHead;
import com.newretail.retail.persistence.OrderStore.NewEvent;
import com.newretail.retail.persistence.OrderStore.NewOrder;
import com.newretail.retail.persistence.OrderStore.NewOrderLine;
import com.newretail.retail.persistence.OrderStore.PaymentPart;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

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

    private final SaleRules rules;
    private final CartPricer pricer;
    private final CouponRule coupons;
    private final StockMovements movements;
    private final StockReservations reservations;
    private final OrderStore store;
    private final CartStore carts;
    private final CustomerPurchases purchases;
    private final SaleCredits credits;
    private final OrderEvents orderEvents;
    private final ZoneId zone;

    public CheckoutService(SaleRules rules, CartPricer pricer, CouponRule coupons, StockMovements movements, StockReservations reservations,
            OrderStore store, CartStore carts, CustomerPurchases purchases, SaleCredits credits, OrderEvents orderEvents, RetailConfig config) {
        this.rules = rules;
        this.credits = credits;
        this.orderEvents = orderEvents;
        this.purchases = purchases;
        this.reservations = reservations;
        this.store = store;
        this.carts = carts;
        this.pricer = pricer;
        this.coupons = coupons;
        this.movements = movements;
        this.zone = config.timeZone();
    }

    /** Who sells where, to whom, with which coupons: a cart's head, or a sale posted in one call. */
    public record SaleHead(long storeId, long warehouseId, Long customerId, Long salespersonId, List<String> couponCodes) {

        static SaleHead of(CartHead cart) {
            return new SaleHead(cart.storeId(), cart.warehouseId(), cart.customerId(), cart.salespersonId(), cart.couponCodes());
        }
    }

    /** A sale posted in one call, checked and priced for its store: what {@link #sell} commits. */
    public record QuotedSale(SaleHead head, List<CartLineDraft> lines, CartPricer.PricedCart priced, List<TenderLine> tenders) {
    }

    /**
     * Checks and prices a sale posted in one call by a till that priced the basket itself: the lines
     * pass the same rules as a cart's and are priced with the store's prices and coupons. Reads only,
     * so it runs before the sale's transaction opens.
     */
    public Uni<Outcome<QuotedSale>> quote(SaleHead head, Long companyId, List<CartLineDraft> lines, List<TenderLine> tenders) {
        CartService.CartChange change = new CartService.CartChange(head.customerId(), head.salespersonId(), head.couponCodes(), lines);
        List<RetailProblem> problems = new ArrayList<>(SaleRules.shape(change, "input"));
        if (lines.isEmpty()) {
            problems.add(RetailProblem.of(RetailErrorCode.REQUIRED, "A sale needs at least one line", "input", "lines"));
        }
        problems.addAll(Tenders.check(tenders));
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        // Prices and the SKUs' status come in one statement.
        return rules.references(change, head.storeId(), companyId).chain(wrong -> !wrong.isEmpty() ? Uni.createFrom().item(Outcome.refused(wrong))
                : whenPriced(head, companyId, lines, i -> new String[] {"input", "lines", String.valueOf(i), "skuId"},
                        priced -> Uni.createFrom().item(Outcome.of(new QuotedSale(head, lines, priced, tenders)))));
    }

    /**
     * Commits a quoted sale in the caller's transaction: the tenders must pay the total; nothing is
     * written when anything is refused.
     */
    public Uni<Outcome<Long>> sell(QuotedSale sale, String actor) {
        return pay(null, sale.head(), sale.lines(), sale.priced(), sale.tenders(), null, actor);
    }

    /**
     * Prices the lines for the store now and goes on only when every SKU is active (its status comes
     * with its price, in the same statement) and every part could be priced.
     */
    private <T> Uni<Outcome<T>> whenPriced(SaleHead head, Long companyId, List<CartLineDraft> lines, IntFunction<String[]> lineField,
            Function<CartPricer.PricedCart, Uni<Outcome<T>>> next) {
        return pricer.price(head.storeId(), companyId, head.customerId(), lines, head.couponCodes(), OffsetDateTime.now()).chain(priced -> {
            List<RetailProblem> refused = new ArrayList<>(SaleRules.inactive(lines, priced.unitPrices(), lineField));
            refused.addAll(priced.problems());
            return refused.isEmpty() ? next.apply(priced) : Uni.createFrom().item(Outcome.<T>refused(refused));
        });
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
                            : whenPriced(SaleHead.of(cart), companyId, lines, i -> new String[] {"cart", "lines", String.valueOf(i)},
                                    priced -> pay(cartId, SaleHead.of(cart), lines, priced, tenders, pickupBy, actor)));
        });
    }

    private Uni<Outcome<Long>> pay(Long cartId, SaleHead cart, List<CartLineDraft> lines, CartPricer.PricedCart priced, List<TenderLine> tenders,
            OffsetDateTime pickupBy, String actor) {
        BigDecimal due = priced.priced().total();
        boolean payLater = pickupBy != null && tenders.isEmpty();
        BigDecimal change = payLater ? BigDecimal.ZERO : Tenders.change(tenders, due);
        if (change == null) {
            return Uni.createFrom().item(Outcome.refused(List.of(Tenders.mismatch(tenders, due))));
        }
        String status = pickupBy == null ? "COMPLETED" : payLater ? "PENDING_PAYMENT" : "PAID";
        LocalDateTime now = LocalDateTime.now(zone);
        LocalDate businessDate = now.toLocalDate();
        NewOrder order = new NewOrder(cart.storeId(), cart.warehouseId(), businessDate, status, cart.customerId(), cart.salespersonId(),
                cartId, priced.currency(), priced.priced().subtotal(), priced.priced().lineDiscounts(), priced.priced().couponDiscount(), due,
                Tenders.total(tenders), change, actor, pickupBy == null ? "SALE" : "PICKUP", pickupBy);
        // The stock first, under the order's id taken beforehand: the store's receipt counter, which the placing locks to
        // the commit, is then never held while the sale waits for a stock row.
        Uni<Outcome<Placed>> placed = store.nextId().chain(orderId -> takeStock(orderId, cart.warehouseId(), lines, pickupBy, actor, cartId != null)
                .chain(taken -> taken.problem() != null ? Uni.createFrom().item(Outcome.<Placed>refused(List.of(taken.problem())))
                        : store.place(orderId, order, taken.reservationId(), orderLines(lines, priced), payments(tenders),
                                events(tenders, change, pickupBy != null))
                                .chain(facts -> redeem(priced.coupons(), orderId, cart.storeId()).chain(redeemed -> !redeemed
                                        ? Uni.createFrom().item(Outcome.<Placed, RetailErrorCode>refused(RetailErrorCode.COUPON_INVALID,
                                                "A coupon was used up meanwhile", "id"))
                                        : (cartId == null ? Uni.createFrom().voidItem() : carts.markCheckedOut(cartId).replaceWithVoid())
                                                .map(ignored -> Outcome.of(new Placed(orderId, facts)))))));
        // A member's spend and order count move with the paid order, in its transaction.
        List<CustomerPurchases.PurchasedLine> purchased = priced.priced().lines().stream()
                .map(line -> new CustomerPurchases.PurchasedLine(line.line().skuId(), line.line().quantity(), line.total())).toList();
        return placed.call(outcome -> outcome.succeeded() && !payLater && cart.customerId() != null
                        ? purchases.paid(cart.customerId(), due, priced.currency(), OffsetDateTime.now(), purchased)
                        : Uni.createFrom().voidItem())
                // The sale counts for the store's and the salesperson's attainment and in the dashboards' roll-ups.
                .call(outcome -> outcome.succeeded() && !payLater
                        ? credits.paidAtCheckout(now, cart.storeId(), cart.salespersonId(), priced.currency(), due, purchased)
                        : Uni.createFrom().voidItem())
                // The finance and after-sales systems hear of it from the outbox, written in this transaction.
                .call(outcome -> outcome.succeeded() ? orderEvents.placed(outcome.value().id(), outcome.value().facts())
                        : Uni.createFrom().voidItem())
                .map(outcome -> outcome.succeeded() ? Outcome.of(outcome.value().id()) : Outcome.<Long>refused(outcome.problems()));
    }

    /** A placed order's id and what its integration event tells. */
    private record Placed(long id, JsonObject facts) {
    }

    /** What taking the stock left: why it could not (null when it could), or the pickup order's reservation. */
    private record Taken(RetailProblem problem, Long reservationId) {
    }

    /**
     * Which line(s) hold the SKU that ran out: the message names the SKU code and the line numbers; a
     * cart's problem points at the cart, a posted sale's at its first such line.
     */
    static RetailProblem outOfStock(List<CartLineDraft> lines, StockMovements.Result moved, boolean fromCart) {
        long sku = moved.shortLine().skuId();
        List<Integer> indexes = IntStream.range(0, lines.size()).filter(i -> lines.get(i).skuId() == sku).boxed().toList();
        String numbers = String.join(", ", indexes.stream().map(i -> String.valueOf(i + 1)).toList());
        return fromCart ? RetailProblem.of(INSUFFICIENT_STOCK, moved.message() + " (cart line " + numbers + ")", "id")
                : RetailProblem.of(INSUFFICIENT_STOCK, moved.message() + " (line " + numbers + ")", "input", "lines",
                        String.valueOf(indexes.get(0)), "quantity");
    }

    /**
     * A sale takes the stock now (ledger rows of the order); a pickup order reserves it until the pickup
     * deadline. Before the order is written: it names the order by the id taken for it.
     */
    private Uni<Taken> takeStock(long orderId, long warehouse, List<CartLineDraft> lines, OffsetDateTime pickupBy, String actor,
            boolean fromCart) {
        List<StockLine> stock = lines.stream().collect(Collectors.groupingBy(CartLineDraft::skuId, Collectors.summingInt(CartLineDraft::quantity)))
                .entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
        if (pickupBy == null) {
            return movements.decrease(warehouse, stock, new StockMovements.Source(StockReason.SALE, LEDGER_KIND, orderId, actor))
                    .map(moved -> new Taken(moved.succeeded() ? null : outOfStock(lines, moved, fromCart), null));
        }
        return reservations.reserve(warehouse, stock, pickupBy, "ORDER-" + orderId, actor).map(held -> held.succeeded() ? new Taken(null, held.id())
                : new Taken(RetailProblem.of("INSUFFICIENT_STOCK".equals(held.code()) ? INSUFFICIENT_STOCK : INVALID_VALUE, held.message(),
                        "INSUFFICIENT_STOCK".equals(held.code()) ? "id" : "pickupBy"), null));
    }

    /** A till sale is created, paid, handed over and completed at once; a pickup order is created (and paid, when it is). */
    private static List<NewEvent> events(List<TenderLine> tenders, BigDecimal change, boolean pickup) {
        String paid = Tenders.describe(tenders, change);
        if (!pickup) {
            return List.of(new NewEvent("CREATED", "Checkout at the till"), new NewEvent("PAID", paid),
                    new NewEvent("FULFILLED", "Handed over at the till"), new NewEvent("COMPLETED", null));
        }
        NewEvent created = new NewEvent("CREATED", "Pickup order placed; stock reserved");
        return tenders.isEmpty() ? List.of(created) : List.of(created, new NewEvent("PAID", paid));
    }

    private Uni<Boolean> redeem(List<CouponRule.Quote> quotes, long orderId, long storeId) {
        Uni<Boolean> chain = Uni.createFrom().item(true);
        for (CouponRule.Quote quote : quotes) {
            chain = chain.chain(ok -> ok ? coupons.redeem(quote, orderId, storeId) : Uni.createFrom().item(false));
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
}
