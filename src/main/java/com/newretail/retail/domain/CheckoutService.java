package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.EMPTY_CART;
import static com.newretail.retail.domain.RetailErrorCode.INSUFFICIENT_STOCK;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.REFERENCE_REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.TENDERS_MISMATCH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;


import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.api.StockReservations;
import com.newretail.inventory.api.StockReason;
import com.newretail.platform.persistence.NativeSql;
import com.newretail.retail.api.CouponRule;

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
    private final ZoneId zone;

    public CheckoutService(CartPricer pricer, CouponRule coupons, StockMovements movements, SkuCatalog skus, StockReservations reservations,
            RetailConfig config) {
        this.reservations = reservations;
        this.pricer = pricer;
        this.coupons = coupons;
        this.movements = movements;
        this.skus = skus;
        this.zone = config.timeZone();
    }

    /** A sale at the till: paid in full now, stock leaves at once, the order is completed. */
    public Uni<Outcome> checkout(long cartId, Long companyId, List<TenderLine> tenders, String actor) {
        return place(cartId, companyId, tenders, null, actor);
    }

    /**
     * A pickup order: stock is reserved until {@code pickupBy}; paid now (tenders paying the amount due:
     * PAID) or on pickup (no tenders: PENDING_PAYMENT). Fulfilment commits the reservation.
     */
    public Uni<Outcome> placePickup(long cartId, Long companyId, List<TenderLine> tenders, OffsetDateTime pickupBy, String actor) {
        if (pickupBy == null) {
            return Uni.createFrom().item(Outcome.refused(RetailErrorCode.REQUIRED, "pickupBy is required", "input", "pickupBy"));
        }
        return place(cartId, companyId, tenders, pickupBy, actor);
    }

    private Uni<Outcome> place(long cartId, Long companyId, List<TenderLine> tenders, OffsetDateTime pickupBy, String actor) {
        List<RetailProblem> tenderProblems = pickupBy != null && tenders.isEmpty() ? List.of() : checkTenders(tenders);
        if (!tenderProblems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(tenderProblems));
        }
        return NativeSql.rows("SELECT status, store_id, warehouse_id, coalesce(customer_id, 0), coalesce(salesperson_id, 0), "
                + "array_to_string(coupon_codes, chr(31)) FROM cart WHERE id = ?1 FOR UPDATE", cartId).chain(carts -> {
                    if (carts.isEmpty()) {
                        return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such cart", "id"));
                    }
                    Object[] cart = carts.get(0);
                    if ("CHECKED_OUT".equals(cart[0])) {
                        return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The cart was already checked out", "id"));
                    }
                    long store = ((Number) cart[1]).longValue();
                    long warehouse = ((Number) cart[2]).longValue();
                    long customer = ((Number) cart[3]).longValue();
                    long salesperson = ((Number) cart[4]).longValue();
                    List<String> codes = cart[5] == null || ((String) cart[5]).isEmpty() ? List.of() : List.of(((String) cart[5]).split("\u001f"));
                    return lines(cartId).chain(lines -> lines.isEmpty()
                            ? Uni.createFrom().item(Outcome.refused(EMPTY_CART, "The cart has no lines", "id"))
                            : sellable(lines).chain(inactive -> !inactive.isEmpty() ? Uni.createFrom().item(Outcome.refused(inactive))
                                    : pricer.price(store, companyId, customer == 0 ? null : customer, lines, codes, OffsetDateTime.now())
                                            .chain(priced -> !priced.problems().isEmpty() ? Uni.createFrom().item(Outcome.refused(priced.problems()))
                                                    : pay(cartId, store, warehouse, customer, salesperson, lines, priced, tenders, pickupBy, actor))));
                });
    }

    /** The change the tenders give on {@code due}, or null when they do not pay it exactly (only cash may exceed it). */
    static BigDecimal change(List<TenderLine> tenders, BigDecimal due) {
        BigDecimal tendered = tenders.stream().map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cash = tenders.stream().filter(t -> t.tender() == Tender.CASH).map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal change = tendered.subtract(due);
        return change.signum() < 0 || change.compareTo(cash) > 0 || (change.signum() > 0 && change.compareTo(cash) == 0) ? null : change;
    }

    static RetailProblem mismatch(List<TenderLine> tenders, BigDecimal due) {
        BigDecimal tendered = tenders.stream().map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return RetailProblem.of(TENDERS_MISMATCH, "Tenders of " + tendered + " do not pay " + due
                + (tendered.compareTo(due) > 0 ? " (only cash may exceed the amount due)" : ""), "input", "tenders");
    }

    private Uni<Outcome> pay(long cartId, long store, long warehouse, long customer, long salesperson, List<CartLineDraft> lines,
            CartPricer.PricedCart priced, List<TenderLine> tenders, OffsetDateTime pickupBy, String actor) {
        BigDecimal due = priced.priced().total();
        boolean payLater = pickupBy != null && tenders.isEmpty();
        BigDecimal change = payLater ? BigDecimal.ZERO : change(tenders, due);
        if (change == null) {
            return Uni.createFrom().item(Outcome.refused(List.of(mismatch(tenders, due))));
        }
        BigDecimal tendered = tenders.stream().map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String status = pickupBy == null ? "COMPLETED" : payLater ? "PENDING_PAYMENT" : "PAID";
        LocalDate businessDate = LocalDate.now(zone);
        return NativeSql.longValue("INSERT INTO receipt_counter (store_id, business_date, last_no) VALUES (?1, ?2, 1) "
                + "ON CONFLICT (store_id, business_date) DO UPDATE SET last_no = receipt_counter.last_no + 1 RETURNING cast(last_no as bigint)",
                store, businessDate)
                .chain(number -> NativeSql.longValue("INSERT INTO retail_order (store_id, warehouse_id, receipt_no, business_date, status, "
                        + "customer_id, salesperson_id, cart_id, currency, subtotal, line_discounts, coupon_discount, total, paid, change_given, "
                        + "created_by, shift_id, kind, pickup_by) VALUES (?1, ?2, ?3, ?4, ?16, nullif(cast(?5 as bigint), 0), nullif(cast(?6 as bigint), 0), "
                        + "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, (SELECT id FROM shift WHERE store_id = ?1 AND cashier = ?15 AND status = 'OPEN'), "
                        + "?17, CASE WHEN ?17 = 'PICKUP' THEN cast(?18 as timestamptz) END) RETURNING id", store, warehouse,
                        businessDate.toString().replace("-", "") + "-" + String.format("%04d", number), businessDate, customer, salesperson, cartId,
                        priced.currency(), priced.priced().subtotal(), priced.priced().lineDiscounts(), priced.priced().couponDiscount(), due,
                        tendered, change, actor, status, pickupBy == null ? "SALE" : "PICKUP", pickupBy == null ? OffsetDateTime.now() : pickupBy))
                .chain(orderId -> writeLines(orderId, lines, priced)
                        .chain(() -> writePayments(orderId, tenders))
                        .chain(() -> pickupBy == null ? events(orderId, actor, tenders, change) : pickupEvents(orderId, actor, tenders, change))
                        .chain(() -> takeStock(orderId, warehouse, lines, pickupBy, actor))
                        .chain(problem -> problem != null ? Uni.createFrom().item(Outcome.refused(List.of(problem)))
                                : redeem(priced.coupons(), orderId).chain(redeemed -> !redeemed
                                        ? Uni.createFrom().item(Outcome.refused(RetailErrorCode.COUPON_INVALID, "A coupon was used up meanwhile",
                                                "id"))
                                        : NativeSql.update("UPDATE cart SET status = 'CHECKED_OUT', version = version + 1, updated_at = now() "
                                                + "WHERE id = ?1", cartId).map(ignored -> Outcome.of(orderId)))));
    }

    /** Which cart line(s) hold the SKU that ran out: the message names the SKU code and the line numbers. */
    static RetailProblem outOfStock(List<CartLineDraft> lines, StockMovements.Result moved) {
        long sku = moved.shortLine().skuId();
        List<String> numbers = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).skuId() == sku)
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
                : NativeSql.update("UPDATE retail_order SET reservation_id = ?2 WHERE id = ?1", orderId, held.id()).map(ignored -> null));
    }

    private static Uni<Integer> pickupEvents(long orderId, String actor, List<TenderLine> tenders, BigDecimal change) {
        Uni<Integer> created = NativeSql.update("INSERT INTO order_event (order_id, type, actor, detail) VALUES (?1, 'CREATED', ?2, "
                + "'Pickup order placed; stock reserved')", orderId, actor);
        return tenders.isEmpty() ? created : created.chain(() -> NativeSql.update("INSERT INTO order_event (order_id, type, actor, detail) "
                + "VALUES (?1, 'PAID', ?2, ?3)", orderId, actor, describe(tenders, change)));
    }

    static String describe(List<TenderLine> tenders, BigDecimal change) {
        return tenders.stream().map(t -> t.tender() + " " + t.amount().toPlainString()).collect(Collectors.joining(", "))
                + (change.signum() > 0 ? "; change " + change.toPlainString() : "");
    }

    private Uni<Boolean> redeem(List<CouponRule.Quote> quotes, long orderId) {
        Uni<Boolean> chain = Uni.createFrom().item(true);
        for (CouponRule.Quote quote : quotes) {
            chain = chain.chain(ok -> ok ? coupons.redeem(quote, orderId) : Uni.createFrom().item(false));
        }
        return chain;
    }

    private static Uni<Integer> writeLines(long orderId, List<CartLineDraft> lines, CartPricer.PricedCart priced) {
        List<Pricing.PricedLine> pl = priced.priced().lines();
        Integer[] numbers = new Integer[pl.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i + 1;
        }
        return NativeSql.update("INSERT INTO order_line (order_id, line_no, sku_id, quantity, unit_price, line_discount, discount_reason, "
                + "coupon_share, line_total, price_list_id) SELECT ?1, n, s, q, cast(u as numeric(14, 2)), cast(d as numeric(14, 2)), "
                + "nullif(r, ''), cast(c as numeric(14, 2)), cast(t as numeric(14, 2)), nullif(p, 0) FROM unnest(cast(?2 as integer[]), "
                + "cast(?3 as bigint[]), cast(?4 as integer[]), cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]), cast(?8 as text[]), "
                + "cast(?9 as text[]), cast(?10 as bigint[])) AS x(n, s, q, u, d, r, c, t, p)", orderId, numbers,
                pl.stream().map(l -> l.line().skuId()).toArray(Long[]::new), pl.stream().map(l -> l.line().quantity()).toArray(Integer[]::new),
                pl.stream().map(l -> l.line().unitPrice().toPlainString()).toArray(String[]::new),
                pl.stream().map(l -> Pricing.money(l.line().lineDiscount()).toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.discountReason() == null ? "" : l.discountReason()).toArray(String[]::new),
                pl.stream().map(l -> l.couponShare().toPlainString()).toArray(String[]::new),
                pl.stream().map(l -> l.total().toPlainString()).toArray(String[]::new),
                pl.stream().map(l -> {
                    Long list = priced.unitPrices().get(l.line().skuId()).priceListId();
                    return list == null ? 0L : list;
                }).toArray(Long[]::new));
    }

    static Uni<Integer> writePayments(long orderId, List<TenderLine> tenders) {
        return NativeSql.update("INSERT INTO payment (order_id, tender, amount, reference) SELECT ?1, t, cast(a as numeric(14, 2)), nullif(r, '') "
                + "FROM unnest(cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[])) WITH ORDINALITY AS x(t, a, r, n) ORDER BY n", orderId,
                tenders.stream().map(t -> t.tender().name()).toArray(String[]::new),
                tenders.stream().map(t -> t.amount().toPlainString()).toArray(String[]::new),
                tenders.stream().map(t -> t.reference() == null ? "" : t.reference()).toArray(String[]::new));
    }

    private static Uni<Integer> events(long orderId, String actor, List<TenderLine> tenders, BigDecimal change) {
        String paid = describe(tenders, change);
        return NativeSql.update("INSERT INTO order_event (order_id, type, actor, detail) VALUES (?1, 'CREATED', ?2, 'Checkout at the till'), "
                + "(?1, 'PAID', ?2, ?3), (?1, 'FULFILLED', ?2, 'Handed over at the till'), (?1, 'COMPLETED', ?2, NULL)", orderId, actor, paid);
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

    private static Uni<List<CartLineDraft>> lines(long cartId) {
        return NativeSql.rows("SELECT sku_id, quantity, line_discount, coalesce(discount_reason, '') FROM cart_line WHERE cart_id = ?1 "
                + "ORDER BY line_no", cartId).map(rows -> rows.stream().map(row -> new CartLineDraft(((Number) row[0]).longValue(),
                        ((Number) row[1]).intValue(), new BigDecimal(row[2].toString()), ((String) row[3]).isEmpty() ? null : (String) row[3]))
                .toList());
    }

    static List<RetailProblem> checkTenders(List<TenderLine> tenders) {
        List<RetailProblem> problems = new ArrayList<>();
        if (tenders == null || tenders.isEmpty()) {
            problems.add(RetailProblem.of(REQUIRED, "At least one tender is required", "input", "tenders"));
            return problems;
        }
        for (int i = 0; i < tenders.size(); i++) {
            TenderLine t = tenders.get(i);
            String index = String.valueOf(i);
            if (t.tender() == null) {
                problems.add(RetailProblem.of(REQUIRED, "The tender is required", "input", "tenders", index, "tender"));
            }
            if (t.amount() == null || t.amount().signum() <= 0 || t.amount().stripTrailingZeros().scale() > 2) {
                problems.add(RetailProblem.of(INVALID_VALUE, "An amount is more than 0, with at most 2 decimals", "input", "tenders", index, "amount"));
            }
            if (t.tender() != null && t.tender() != Tender.CASH && (t.reference() == null || t.reference().isBlank())) {
                problems.add(RetailProblem.of(REFERENCE_REQUIRED, t.tender() + " needs a reference", "input", "tenders", index, "reference"));
            }
            if (t.reference() != null && t.reference().length() > 64) {
                problems.add(RetailProblem.of(INVALID_VALUE, "A reference is at most 64 characters", "input", "tenders", index, "reference"));
            }
        }
        return problems;
    }
}
