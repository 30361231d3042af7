package com.newretail.retail.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.Prices;
import com.newretail.retail.api.CouponRule;

import io.smallrye.mutiny.Uni;

/** Prices a cart for its store now: unit prices by the catalog's price rule, coupons by the coupon hook, then {@link Pricing}. */
@ApplicationScoped
public class CartPricer {

    /** A priced cart: the figures, the unit price sources, the coupon quotes, and why any part could not be priced. */
    public record PricedCart(Pricing.Priced priced, Map<Long, Prices.UnitPrice> unitPrices, List<CouponRule.Quote> coupons,
            String currency, List<RetailProblem> problems) {
    }

    private final Prices prices;
    private final CouponRule coupons;

    public CartPricer(Prices prices, CouponRule coupons) {
        this.prices = prices;
        this.coupons = coupons;
    }

    public Uni<PricedCart> price(long storeId, Long companyId, Long customerId, List<CartLineDraft> lines, List<String> couponCodes,
            OffsetDateTime at) {
        return prices.resolve(lines.stream().map(CartLineDraft::skuId).distinct().toList(), storeId, at).chain(unitPrices -> {
            List<RetailProblem> problems = new ArrayList<>();
            List<Pricing.Line> priceable = new ArrayList<>();
            String currency = "CNY";
            for (int i = 0; i < lines.size(); i++) {
                CartLineDraft line = lines.get(i);
                Prices.UnitPrice unit = unitPrices.get(line.skuId());
                if (unit == null) {
                    problems.add(RetailProblem.of(RetailErrorCode.UNKNOWN_SKU, "No such SKU", "input", "lines", String.valueOf(i), "skuId"));
                    continue;
                }
                currency = unit.currency();
                Pricing.Line priced = new Pricing.Line(line.skuId(), line.quantity(), unit.amount(), line.lineDiscount());
                if (line.lineDiscount().compareTo(Pricing.gross(priced)) > 0) {
                    problems.add(RetailProblem.of(RetailErrorCode.DISCOUNT_TOO_HIGH, "The discount is larger than the line",
                            "input", "lines", String.valueOf(i), "lineDiscount"));
                }
                priceable.add(priced);
            }
            String cartCurrency = currency;
            List<CouponRule.BasketLine> basket = priceable.stream()
                    .map(line -> new CouponRule.BasketLine(line.skuId(), Pricing.gross(line).subtract(line.lineDiscount()).max(BigDecimal.ZERO))).toList();
            Uni<List<CouponRule.Quote>> quoted = couponCodes.isEmpty() ? Uni.createFrom().item(List.of())
                    : coupons.quote(couponCodes, new CouponRule.Basket(storeId, customerId, basket, at));
            return quoted.map(quotes -> {
                        BigDecimal discount = BigDecimal.ZERO;
                        for (int i = 0; i < quotes.size(); i++) {
                            if (quotes.get(i).applies()) {
                                discount = discount.add(quotes.get(i).discount());
                            } else {
                                problems.add(RetailProblem.of(RetailErrorCode.COUPON_INVALID, quotes.get(i).refusal(), "input",
                                        "couponCodes", String.valueOf(i)));
                            }
                        }
                        return new PricedCart(Pricing.price(priceable, discount), unitPrices, quotes, cartCurrency, problems);
                    });
        });
    }
}
