package com.newretail.retail.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;
import com.newretail.retail.domain.SaleService;
import com.newretail.retail.domain.TenderLine;
import com.newretail.retail.persistence.RetailReader;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The one-call sale of a till that prices and totals the basket itself; the workbench uses carts. */
@GraphQLApi
public class SaleGraphQL {

    private final SaleService sales;
    private final LineDrafts drafts;
    private final RetailReader reader;
    private final MutationFrame frame;
    private final SecurityIdentity identity;

    public SaleGraphQL(SaleService sales, LineDrafts drafts, RetailReader reader, MutationFrame frame, SecurityIdentity identity) {
        this.sales = sales;
        this.drafts = drafts;
        this.reader = reader;
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
            @Name("input") @NonNull @Description("Store, lines, tenders, and optionally customer, salesperson and coupons.") SaleInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = SalePostPayload.KIND;
        // Checked and priced before the transaction opens: its connection is held only for the writes.
        return frame.checked(kind, () -> {
            long store = GlobalId.decodeAt(String.valueOf(input.storeId), OrgUnit.TYPE, "input", "storeId");
            List<TenderLine> tenders = input.toTenderLines();
            return drafts.of(input.customerId, input.salespersonId, input.couponCodes, input.lines).chain(sale -> sale.problems() != null
                    ? Uni.createFrom().item(kind.refusedBy(sale.problems()))
                    : sales.quote(store, sale.value(), tenders).chain(quoted -> frame.guard(kind, () -> frame.once(kind, "salePost",
                            List.of(store, sale.value(), tenders), idempotencyKey, store, () -> quoted.succeeded()
                                    ? sales.post(quoted.value(), identity.getPrincipal().getName())
                                    : Uni.createFrom().item(Outcome.<Long>refused(quoted.problems()))))));
        });
    }

    @Name("order")
    @Description("The completed order with its receipt; null when there are userErrors.")
    public Uni<Order> payloadOrder(@Source SalePostPayload payload) {
        return payload.orderId() == null ? Uni.createFrom().nullItem()
                : reader.orders(List.of(payload.orderId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new Order(rows.get(0)));
    }
}
