package com.newretail.retail.graphql;

import java.time.OffsetDateTime;
import java.util.List;

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
import com.newretail.customer.graphql.Customer;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.retail.domain.CartPricer;
import com.newretail.retail.domain.CartService;
import com.newretail.retail.domain.CheckoutService;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;
import com.newretail.retail.domain.TenderLine;
import com.newretail.retail.persistence.RetailReader;
import com.newretail.retail.persistence.RetailReader.CartRow;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The POS cart: open at a store, edit (lines by SKU or barcode), hold, and check out into an order. */
@GraphQLApi
public class CartGraphQL {

    private final RetailReader reader;
    private final CartService carts;
    private final CheckoutService checkout;
    private final CartPricer pricer;
    private final SkuCatalog skus;
    private final OrgUnitViews orgUnits;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final CartsInScope cartsInScope;
    private final LineDrafts drafts;

    public CartGraphQL(RetailReader reader, CartService carts, CheckoutService checkout, CartPricer pricer, SkuCatalog skus,
            OrgUnitViews orgUnits, CallerScope callerScope, MutationFrame frame, SecurityIdentity identity,
            CartsInScope cartsInScope, LineDrafts drafts) {
        this.reader = reader;
        this.carts = carts;
        this.checkout = checkout;
        this.pricer = pricer;
        this.skus = skus;
        this.orgUnits = orgUnits;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
        this.cartsInScope = cartsInScope;
        this.drafts = drafts;
    }

    @Query("cart")
    @RolesAllowed("${newretail.rules.cart}")
    @Description("A cart, priced now; null when it does not exist or its store is outside your data scope.")
    public Uni<Cart> cart(@Name("id") @Id @NonNull @Description("The cart.") String id) {
        long cartId = GlobalId.decode(id, Cart.TYPE);
        return callerScope.current().chain(scope -> view(cartId, scope));
    }

    @Name("cart")
    @Description("The cart as it is now; null when there are userErrors.")
    public Uni<Cart> payloadCart(@Source CartPayload payload) {
        return payload.cartId() == null ? Uni.createFrom().nullItem() : view(payload.cartId(), DataScope.all());
    }

    @Name("store")
    @NonNull
    @Description("The store selling.")
    public Uni<OrgUnit> cartStore(@Source Cart cart) {
        return orgUnits.views(List.of(cart.row().storeId()), DataScope.all()).map(found -> found.get(cart.row().storeId()));
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> cartLineSku(@Source List<CartLine> lines) {
        return skus.views(lines.stream().map(CartLine::skuId).distinct().toList())
                .map(found -> lines.stream().map(line -> found.get(line.skuId())).toList());
    }

    @Mutation("cartCreate")
    @RolesAllowed("${newretail.rules.cartCreate}")
    @Description("Opens a cart at a store in your scope, optionally with its first lines, customer and coupons.")
    public Uni<@NonNull CartPayload> cartCreate(
            @Name("input") @NonNull @Description("Store, and optionally customer, salesperson, coupons and lines.") RetailInputs.CartInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CartPayload.KIND, () -> {
            long store = GlobalId.decodeAt(String.valueOf(input.storeId), OrgUnit.TYPE, "input", "storeId");
            return change(input).chain(change -> change.problems() != null ? Uni.createFrom().item(CartPayload.KIND.refusedBy(change.problems()))
                    : frame.once(CartPayload.KIND, "cartCreate", List.of(store, change.value()), idempotencyKey, store,
                            () -> carts.open(store, change.value(), identity.getPrincipal().getName())));
        });
    }

    @Mutation("cartUpdate")
    @RolesAllowed("${newretail.rules.cartUpdate}")
    @Description("Replaces the customer, salesperson, coupons and lines of an open or held cart (a held cart reopens). "
            + "STALE_VERSION when another device changed it since you read `expectedVersion`.")
    public Uni<@NonNull CartPayload> cartUpdate(
            @Name("id") @Id @NonNull @Description("The cart.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("Customer, salesperson, coupons and lines (storeId is ignored).") RetailInputs.CartInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CartPayload.KIND, () -> {
            Uni<LineDrafts.Contents> changed = change(input); // decodes the IDs now, so a bad one is an INVALID_ID userError
            return onCart(id, (row, companyId) -> changed.chain(change -> change.problems() != null
                    ? Uni.createFrom().item(CartPayload.KIND.refusedBy(change.problems()))
                    : frame.once(CartPayload.KIND, "cartUpdate", List.of(row.id(), expectedVersion, change.value()), idempotencyKey,
                            row.storeId(), () -> carts.update(row.id(), expectedVersion, row.storeId(), companyId, change.value()))));
        });
    }

    @Mutation("cartHold")
    @RolesAllowed("${newretail.rules.cartHold}")
    @Description("Parks a cart (the customer stepped away); `cartUpdate` reopens it.")
    public Uni<@NonNull CartPayload> cartHold(
            @Name("id") @Id @NonNull @Description("The cart.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CartPayload.KIND, () -> onCart(id, (row, companyId) -> frame.once(CartPayload.KIND, "cartHold", List.of(row.id(), expectedVersion), idempotencyKey,
                row.storeId(), () -> carts.hold(row.id(), expectedVersion))));
    }

    @Mutation("cartCheckout")
    @RolesAllowed("${newretail.rules.cartCheckout}")
    @Description("Sells the cart in one transaction: prices it again, takes the tenders (they must pay exactly the amount "
            + "due; only cash may exceed it), takes the stock out of the store's warehouse (SALE ledger rows), redeems the "
            + "coupons, and creates the completed order with its receipt number. Any problem (e.g. INSUFFICIENT_STOCK, "
            + "TENDERS_MISMATCH, EMPTY_CART) changes nothing. Retrying with the same idempotencyKey never sells twice.")
    public Uni<@NonNull CheckoutPayload> cartCheckout(
            @Name("id") @Id @NonNull @Description("The cart.") String id,
            @Name("input") @NonNull @Description("The tenders.") RetailInputs.CheckoutInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CheckoutPayload.KIND, () -> {
            long cartId = GlobalId.decodeAt(id, Cart.TYPE, "id");
            List<TenderLine> tenders = input.toLines();
            return cartsInScope.withCart(CheckoutPayload.KIND, cartId, (row, companyId) -> frame.once(CheckoutPayload.KIND, "cartCheckout",
                    List.of(cartId, tenders), idempotencyKey, row.storeId(),
                    () -> checkout.checkout(cartId, companyId, tenders, identity.getPrincipal().getName())));
        });
    }

    /** The cart, priced now for its store. */
    Uni<Cart> view(long cartId, DataScope scope) {
        return reader.carts(List.of(cartId), scope).chain(rows -> rows.isEmpty() ? Uni.createFrom().nullItem()
                : orgUnits.placement(rows.get(0).storeId()).chain(placement -> pricer.price(rows.get(0).storeId(), placement.companyId(),
                        rows.get(0).customerId(), rows.get(0).lines(), rows.get(0).couponCodes(), OffsetDateTime.now())
                        .map(priced -> new Cart(rows.get(0), priced))));
    }

    private Uni<CartPayload> onCart(String id, java.util.function.BiFunction<CartRow, Long, Uni<CartPayload>> change) {
        return cartsInScope.withCart(CartPayload.KIND, GlobalId.decodeAt(id, Cart.TYPE, "id"), change);
    }

    private Uni<LineDrafts.Contents> change(RetailInputs.CartInput input) {
        return drafts.of(input.customerId, input.salespersonId, input.couponCodes, input.lines);
    }

    private static Uni<CartPayload> refused(RetailErrorCode code, String message, String... field) {
        return CartPayload.KIND.refusedNow(RetailProblem.of(code, message, field));
    }
}
