package com.newretail.retail.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.catalog.graphql.Sku;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.mutation.Outcome;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;
import com.newretail.retail.domain.ReturnRefunds;
import com.newretail.retail.domain.ReturnService;
import com.newretail.retail.persistence.RetailReader;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Returns: request against order lines, approve or reject (store manager), refund by tender with restocking. */
@GraphQLApi
public class ReturnGraphQL {

    private final RetailReader reader;
    private final ReturnService returns;
    private final ReturnRefunds refunds;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SkuCatalog skus;
    private final SecurityIdentity identity;

    public ReturnGraphQL(RetailReader reader, ReturnService returns, ReturnRefunds refunds, CallerScope callerScope, MutationFrame frame,
            SkuCatalog skus, SecurityIdentity identity) {
        this.reader = reader;
        this.returns = returns;
        this.refunds = refunds;
        this.callerScope = callerScope;
        this.frame = frame;
        this.skus = skus;
        this.identity = identity;
    }

    @Query("orderReturn")
    @RolesAllowed("${newretail.rules.orderReturn}")
    @Description("A return; null when it does not exist or its order's store is outside your data scope.")
    public Uni<OrderReturn> orderReturn(@Name("id") @Id @NonNull @Description("The return.") String id) {
        long returnId = GlobalId.decode(id, OrderReturn.TYPE);
        return callerScope.current().chain(scope -> reader.returns(List.of(returnId), null, scope))
                .map(rows -> rows.isEmpty() ? null : new OrderReturn(rows.get(0)));
    }

    @Name("returns")
    @NonNull
    @Description("Returns against this order, oldest first.")
    public Uni<List<@NonNull List<@NonNull OrderReturn>>> orderReturns(@Source List<Order> orders) {
        List<Long> ids = orders.stream().map(o -> o.row().id()).toList();
        return reader.returns(null, ids, DataScope.all()).map(rows -> {
            Map<Long, List<OrderReturn>> byOrder = rows.stream().collect(Collectors.groupingBy(r -> r.orderId(),
                    Collectors.mapping(OrderReturn::new, Collectors.toList())));
            return ids.stream().map(id -> byOrder.getOrDefault(id, List.of())).toList();
        });
    }

    @Name("lines")
    @NonNull
    @Description("The returned lines.")
    public Uni<List<@NonNull List<@NonNull ReturnLine>>> returnLines(@Source List<OrderReturn> orderReturns) {
        return reader.returnLines(ids(orderReturns)).map(rows -> grouped(orderReturns, rows.stream()
                .collect(Collectors.groupingBy(r -> r.returnId())), (r, row) -> new ReturnLine(row, r.row().currency())));
    }

    @Name("refunds")
    @NonNull
    @Description("What was paid back, by tender; empty until refunded.")
    public Uni<List<@NonNull List<@NonNull Refund>>> refunds(@Source List<OrderReturn> orderReturns) {
        return reader.refunds(ids(orderReturns)).map(rows -> grouped(orderReturns, rows.stream()
                .collect(Collectors.groupingBy(r -> r.returnId())), (r, row) -> new Refund(row, r.row().currency())));
    }

    @Name("order")
    @NonNull
    @Description("The order the goods were bought on.")
    public Uni<List<@NonNull Order>> returnOrder(@Source List<OrderReturn> orderReturns) {
        List<Long> ids = orderReturns.stream().map(r -> r.row().orderId()).toList();
        return reader.orders(ids.stream().distinct().toList(), DataScope.all()).map(rows -> {
            Map<Long, Order> byId = rows.stream().collect(Collectors.toMap(r -> r.id(), Order::new));
            return ids.stream().map(byId::get).toList();
        });
    }

    @Name("sku")
    @NonNull
    @Description("The SKU returned.")
    public Uni<List<@NonNull Sku>> returnLineSku(@Source List<ReturnLine> lines) {
        return skus.views(lines.stream().map(l -> l.row().skuId()).distinct().toList())
                .map(found -> lines.stream().map(l -> found.get(l.row().skuId())).toList());
    }

    @Name("orderReturn")
    @Description("The return as it is now; null when there are userErrors.")
    public Uni<OrderReturn> payloadReturn(@Source OrderReturnPayload payload) {
        return payload.returnId() == null ? Uni.createFrom().nullItem()
                : reader.returns(List.of(payload.returnId()), null, DataScope.all()).map(rows -> rows.isEmpty() ? null : new OrderReturn(rows.get(0)));
    }

    @Mutation("orderReturnRequest")
    @RolesAllowed("${newretail.rules.orderReturnRequest}")
    @Description("Asks to return units of order lines (EXCEEDS_SOLD beyond what was sold minus earlier returns). Up to "
            + "`newretail.retail.return-approval-threshold` it is APPROVED at once, else REQUESTED for a store manager.")
    public Uni<@NonNull OrderReturnPayload> orderReturnRequest(
            @Name("orderId") @Id @NonNull @Description("The order.") String orderId,
            @Name("input") @NonNull @Description("Reason, note and lines.") RetailInputs.OrderReturnInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(OrderReturnPayload.KIND, () -> {
            long order = GlobalId.decodeAt(orderId, Order.TYPE, "orderId");
            List<ReturnService.ReturnLineDraft> lines = input.toLines();
            return callerScope.current().chain(scope -> reader.orders(List.of(order), scope)).chain(found -> found.isEmpty()
                    ? refused(RetailErrorCode.NOT_FOUND, "No such order", "orderId")
                    : frame.once(OrderReturnPayload.KIND, "orderReturnRequest", List.of(order, String.valueOf(input.reason), String.valueOf(input.note), lines), idempotencyKey,
                            found.get(0).storeId(), () -> returns.request(order, input.reason, input.note, lines, actor())));
        });
    }

    @Mutation("orderReturnApprove")
    @RolesAllowed("${newretail.rules.orderReturnApprove}")
    @Description("A store manager approves a REQUESTED return.")
    public Uni<@NonNull OrderReturnPayload> orderReturnApprove(
            @Name("id") @Id @NonNull @Description("The return.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(OrderReturnPayload.KIND, () -> onReturn("orderReturnApprove", id, List.of(expectedVersion), idempotencyKey,
                returnId -> returns.approve(returnId, expectedVersion, actor())));
    }

    @Mutation("orderReturnReject")
    @RolesAllowed("${newretail.rules.orderReturnReject}")
    @Description("A store manager rejects a REQUESTED return; its units can be returned again later.")
    public Uni<@NonNull OrderReturnPayload> orderReturnReject(
            @Name("id") @Id @NonNull @Description("The return.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(OrderReturnPayload.KIND, () -> onReturn("orderReturnReject", id, List.of(expectedVersion), idempotencyKey,
                returnId -> returns.reject(returnId, expectedVersion, actor())));
    }

    @Mutation("orderReturnRefund")
    @RolesAllowed("${newretail.rules.orderReturnRefund}")
    @Description("Pays an APPROVED return back (to the order's own tenders unless given; UNKNOWN_TENDER for a tender the "
            + "order was not paid with) and restocks its units as RETURN ledger rows: SELLABLE to the selling warehouse, "
            + "DAMAGED to the store's DAMAGED warehouse.")
    public Uni<@NonNull OrderReturnPayload> orderReturnRefund(
            @Name("id") @Id @NonNull @Description("The return.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @Description("Refund tenders; the order's own when omitted.") RetailInputs.RefundInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(OrderReturnPayload.KIND, () -> {
            List<com.newretail.retail.domain.TenderLine> refunds = input == null ? List.of() : input.toLines();
            return onReturn("orderReturnRefund", id, List.of(expectedVersion, refunds), idempotencyKey,
                    returnId -> this.refunds.refund(returnId, expectedVersion, refunds, actor()));
        });
    }

    private Uni<OrderReturnPayload> onReturn(String operation, String id, Object request, String idempotencyKey,
            Function<Long, Uni<Outcome<Long>>> change) {
        long returnId = GlobalId.decodeAt(id, OrderReturn.TYPE, "id");
        return callerScope.current().chain(scope -> reader.returns(List.of(returnId), null, scope)).chain(found -> found.isEmpty()
                ? refused(RetailErrorCode.NOT_FOUND, "No such return", "id")
                : frame.once(OrderReturnPayload.KIND, operation, List.of(returnId, request), idempotencyKey, found.get(0).storeId(), () -> change.apply(returnId)));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static List<Long> ids(List<OrderReturn> orderReturns) {
        return orderReturns.stream().map(r -> r.row().id()).toList();
    }

    private static <R, V> List<List<V>> grouped(List<OrderReturn> parents, Map<Long, List<R>> byParent,
            java.util.function.BiFunction<OrderReturn, R, V> view) {
        return parents.stream().map(p -> byParent.getOrDefault(p.row().id(), List.of()).stream().map(row -> view.apply(p, row)).toList()).toList();
    }

    private static Uni<OrderReturnPayload> refused(RetailErrorCode code, String message, String... field) {
        return OrderReturnPayload.KIND.refusedNow(RetailProblem.of(code, message, field));
    }
}
