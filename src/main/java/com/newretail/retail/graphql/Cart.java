package com.newretail.retail.graphql;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;
import com.newretail.retail.domain.CartPricer;
import com.newretail.retail.domain.Pricing;
import com.newretail.retail.persistence.RetailReader.CartRow;
import com.newretail.retail.domain.CartStatus;

/** GraphQL view of a cart, priced now. */
@Type("Cart")
@Description("A sale being put together at a store: OPEN, HELD (parked) or CHECKED_OUT. Prices are worked out now for the "
        + "store (price lists, then retail price), coupons by the coupon rule; `cartCheckout` prices it again.")
public class Cart implements Node {

    public static final String TYPE = "Cart";

    private final CartRow row;
    private final CartPricer.PricedCart priced;

    public Cart(CartRow row, CartPricer.PricedCart priced) {
        this.row = row;
        this.priced = priced;
    }

    @Ignore
    public CartRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this cart.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where it stands.")
    public CartStatus getStatus() {
        return CartStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Changes with every change; pass it as `expectedVersion`.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Coupon codes entered.")
    public List<@NonNull String> getCouponCodes() {
        return row.couponCodes();
    }

    @NonNull
    @Description("The coupons and what each is worth now.")
    public List<@NonNull AppliedCoupon> getCoupons() {
        return priced.coupons().stream().map(q -> new AppliedCoupon(q, priced.currency())).toList();
    }

    @NonNull
    @Description("The lines, priced.")
    public List<@NonNull CartLine> getLines() {
        List<CartLine> lines = new ArrayList<>();
        List<Pricing.PricedLine> pricedLines = priced.priced().lines();
        int next = 0;
        for (int i = 0; i < row.lines().size(); i++) {
            Pricing.PricedLine match = next < pricedLines.size() && pricedLines.get(next).line().skuId() == row.lines().get(i).skuId()
                    ? pricedLines.get(next++) : null;
            lines.add(new CartLine(i + 1, row.lines().get(i), match, priced.currency()));
        }
        return lines;
    }

    @NonNull
    @Description("Σ unit price × quantity.")
    public Money getSubtotal() {
        return new Money(priced.priced().subtotal(), priced.currency());
    }

    @NonNull
    @Description("Σ line discounts.")
    public Money getLineDiscounts() {
        return new Money(priced.priced().lineDiscounts(), priced.currency());
    }

    @NonNull
    @Description("Σ coupon discounts (at most what the lines cost).")
    public Money getCouponDiscount() {
        return new Money(priced.priced().couponDiscount(), priced.currency());
    }

    @NonNull
    @Description("The amount due: subtotal − lineDiscounts − couponDiscount.")
    public Money getTotal() {
        return new Money(priced.priced().total(), priced.currency());
    }

    @NonNull
    @Description("Why parts of the cart cannot be priced or applied now (unknown SKU, coupon refused, discount too high); "
            + "checkout is refused while any remain.")
    public List<@NonNull RetailUserError> getPricingProblems() {
        return RetailUserError.AREA.errors(priced.problems());
    }
}
