package com.newretail.retail.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.inventory.api.StockLocations;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.retail.domain.CheckoutService;
import com.newretail.retail.domain.CheckoutService.SaleHead;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;
import com.newretail.retail.domain.TenderLine;
import com.newretail.retail.persistence.RetailReader;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The one-call sale of a till that prices and totals the basket itself; the workbench uses carts. */
@GraphQLApi
public class SaleGraphQL {

    private final CheckoutService checkout;
    private final LineDrafts drafts;
    private final StockLocations locations;
    private final OrgUnitViews orgUnits;
    private final RetailReader reader;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;

    public SaleGraphQL(CheckoutService checkout, LineDrafts drafts, StockLocations locations, OrgUnitViews orgUnits, RetailReader reader,
            CallerScope callerScope, MutationFrame frame, SecurityIdentity identity) {
        this.checkout = checkout;
        this.drafts = drafts;
        this.locations = locations;
        this.orgUnits = orgUnits;
        this.reader = reader;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
    }

    @Mutation("salePost")
    @RolesAllowed("${newretail.rules.salePost}")
    @Description("Posts a whole sale in one call, for tills that price the basket locally: the lines (by SKU or barcode) are "
            + "checked and priced again with the same rules as a cart, the tenders must pay exactly the amount due (only cash "
            + "may exceed it), and the stock decrement, ledger rows, payments, coupon redemption and receipt number are committed "
            + "in one transaction. Any problem (e.g. INSUFFICIENT_STOCK, TENDERS_MISMATCH, UNKNOWN_SKU) changes nothing. "
            + "Retrying with the same idempotencyKey never sells twice.")
    public Uni<@NonNull SalePostPayload> salePost(
            @Name("input") @NonNull @Description("Store, lines, tenders, and optionally customer, salesperson and coupons.") RetailInputs.SaleInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = SalePostPayload.KIND;
        return frame.guard(kind, () -> {
            long store = GlobalId.decodeAt(String.valueOf(input.storeId), OrgUnit.TYPE, "input", "storeId");
            List<TenderLine> tenders = input.toTenderLines();
            Uni<LineDrafts.Contents> contents = drafts.of(input.customerId, input.salespersonId, input.couponCodes, input.lines);
            return callerScope.current().chain(scope -> orgUnits.placementInScope(store, scope)).chain(placement -> placement == null
                    ? kind.notFound("store", "input", "storeId")
                    : locations.saleWarehouseOf(store).chain(warehouse -> warehouse == null
                            ? kind.refusedNow(RetailProblem.of(RetailErrorCode.NO_SALE_WAREHOUSE, "The store has no STORE warehouse", "input", "storeId"))
                            : contents.chain(sale -> sale.problems() != null ? Uni.createFrom().item(kind.refusedBy(sale.problems()))
                                    : frame.once(kind, "salePost", List.of(store, sale.value(), tenders), idempotencyKey, store,
                                            () -> checkout.sell(new SaleHead(store, warehouse, sale.value().customerId(),
                                                    sale.value().salespersonId(), sale.value().couponCodes()), placement.companyId(),
                                                    sale.value().lines(), tenders, identity.getPrincipal().getName())))));
        });
    }

    @Name("order")
    @Description("The completed order with its receipt; null when there are userErrors.")
    public Uni<Order> payloadOrder(@Source SalePostPayload payload) {
        return payload.orderId() == null ? Uni.createFrom().nullItem()
                : reader.orders(List.of(payload.orderId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new Order(rows.get(0)));
    }
}
