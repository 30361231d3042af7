package com.newretail.retail.graphql;

import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.retail.domain.CheckoutService;
import com.newretail.platform.mutation.Outcome;
import com.newretail.retail.domain.PickupService;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;
import com.newretail.retail.domain.TenderLine;
import com.newretail.retail.persistence.RetailReader;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Pickup orders: placed from a cart with stock reserved, paid now or on pickup, fulfilled on collection or cancelled. */
@GraphQLApi
public class PickupGraphQL {

    private final RetailReader reader;
    private final CheckoutService checkout;
    private final PickupService pickups;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final CartsInScope cartsInScope;

    public PickupGraphQL(RetailReader reader, CheckoutService checkout, PickupService pickups, CallerScope callerScope,
            MutationFrame frame, SecurityIdentity identity, CartsInScope cartsInScope) {
        this.reader = reader;
        this.checkout = checkout;
        this.pickups = pickups;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
        this.cartsInScope = cartsInScope;
    }

    @Name("order")
    @Description("The order as it is now; null when there are userErrors.")
    public Uni<Order> payloadOrder(@Source OrderPayload payload) {
        return payload.orderId() == null ? Uni.createFrom().nullItem()
                : reader.orders(List.of(payload.orderId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new Order(rows.get(0)));
    }

    @Mutation("cartPlacePickupOrder")
    @RolesAllowed("${newretail.rules.cartPlacePickupOrder}")
    @Description("Turns a cart into a pickup order: priced and numbered like a sale, stock reserved in the store's warehouse until "
            + "`pickupBy` (RESERVE ledger rows), coupons redeemed; PAID when tenders are given, else PENDING_PAYMENT.")
    public Uni<@NonNull CheckoutPayload> cartPlacePickupOrder(
            @Name("id") @Id @NonNull @Description("The cart.") String id,
            @Name("input") @NonNull @Description("Pickup deadline and optional tenders.") RetailInputs.PickupOrderInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CheckoutPayload.KIND, () -> {
            long cartId = GlobalId.decodeAt(id, Cart.TYPE, "id");
            List<TenderLine> tenders = input.toLines();
            return cartsInScope.withCart(CheckoutPayload.KIND, cartId, (row, companyId) -> frame.once(CheckoutPayload.KIND, "cartPlacePickupOrder",
                    List.of(cartId, String.valueOf(input.pickupBy), tenders), idempotencyKey, row.storeId(),
                    () -> checkout.placePickup(cartId, companyId, tenders, input.pickupBy, actor())));
        });
    }

    @Mutation("orderPay")
    @RolesAllowed("${newretail.rules.orderPay}")
    @Description("Pays a PENDING_PAYMENT pickup order (tenders exactly the amount due; cash may exceed it).")
    public Uni<@NonNull OrderPayload> orderPay(
            @Name("id") @Id @NonNull @Description("The order.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("The tenders.") RetailInputs.CheckoutInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(OrderPayload.KIND, () -> {
            List<TenderLine> tenders = input.toLines();
            return onOrder("orderPay", id, List.of(expectedVersion, tenders), idempotencyKey,
                    order -> pickups.pay(order, expectedVersion, tenders, actor()));
        });
    }

    @Mutation("orderFulfill")
    @RolesAllowed("${newretail.rules.orderFulfill}")
    @Description("The customer collects a PAID pickup order: the reservation is committed (SALE ledger rows) and the order "
            + "is FULFILLED, then COMPLETED.")
    public Uni<@NonNull OrderPayload> orderFulfill(
            @Name("id") @Id @NonNull @Description("The order.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(OrderPayload.KIND, () -> onOrder("orderFulfill", id, List.of(expectedVersion), idempotencyKey, order -> pickups.fulfill(order, expectedVersion, actor())));
    }

    @Mutation("orderCancel")
    @RolesAllowed("${newretail.rules.orderCancel}")
    @Description("Cancels a pickup order that was not collected: its reserved stock is released and, if it was paid, the "
            + "whole amount is refunded to the tenders it was paid with (cash net of change), shown as a refunded return.")
    public Uni<@NonNull OrderPayload> orderCancel(
            @Name("id") @Id @NonNull @Description("The order.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(OrderPayload.KIND, () -> onOrder("orderCancel", id, List.of(expectedVersion), idempotencyKey, order -> pickups.cancel(order, expectedVersion, actor())));
    }

    private Uni<OrderPayload> onOrder(String operation, String id, Object request, String idempotencyKey, Function<Long, Uni<Outcome<Long>>> change) {
        long orderId = GlobalId.decodeAt(id, Order.TYPE, "id");
        return callerScope.current().chain(scope -> reader.orders(List.of(orderId), scope)).chain(found -> found.isEmpty()
                ? OrderPayload.KIND.refusedNow(RetailProblem.of(RetailErrorCode.NOT_FOUND, "No such order", "id"))
                : frame.once(OrderPayload.KIND, operation, List.of(orderId, request), idempotencyKey, found.get(0).storeId(),
                        () -> change.apply(orderId)));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
