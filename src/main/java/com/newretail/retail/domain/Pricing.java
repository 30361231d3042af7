package com.newretail.retail.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a cart is priced (all amounts {@code BigDecimal}, 2 decimals, HALF_UP):
 * <ol>
 * <li>line gross = unit price × quantity; line net = gross − line discount (a discount above the
 * gross is refused);</li>
 * <li>the coupon discount (capped at the sum of nets) is shared over the lines in proportion to their
 * nets, each share rounded, the last line with a net taking the remainder, so shares add up exactly
 * (returns refund a line's total, coupon share included);</li>
 * <li>line total = net − share; order total = Σ line totals.</li>
 * </ol>
 */
public final class Pricing {

    /** A cart line with its unit price. */
    public record Line(long skuId, int quantity, BigDecimal unitPrice, BigDecimal lineDiscount) {
    }

    /** A priced line. */
    public record PricedLine(Line line, BigDecimal gross, BigDecimal couponShare, BigDecimal total) {
    }

    /** A priced cart. */
    public record Priced(List<PricedLine> lines, BigDecimal subtotal, BigDecimal lineDiscounts, BigDecimal couponDiscount,
            BigDecimal total) {
    }

    private Pricing() {
    }

    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The net of all lines (after line discounts), the base for coupons. */
    public static BigDecimal net(List<Line> lines) {
        return lines.stream().map(line -> gross(line).subtract(line.lineDiscount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal gross(Line line) {
        return money(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
    }

    public static Priced price(List<Line> lines, BigDecimal couponDiscount) {
        BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
        BigDecimal lineDiscounts = BigDecimal.ZERO.setScale(2);
        for (Line line : lines) {
            subtotal = subtotal.add(gross(line));
            lineDiscounts = lineDiscounts.add(money(line.lineDiscount()));
        }
        BigDecimal net = subtotal.subtract(lineDiscounts);
        BigDecimal coupon = money(couponDiscount.min(net).max(BigDecimal.ZERO));
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (gross(lines.get(i)).subtract(lines.get(i).lineDiscount()).signum() > 0) {
                last = i;
            }
        }
        List<PricedLine> priced = new ArrayList<>();
        BigDecimal shared = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal lineNet = gross(line).subtract(money(line.lineDiscount()));
            BigDecimal share;
            if (coupon.signum() == 0 || lineNet.signum() == 0) {
                share = BigDecimal.ZERO.setScale(2);
            } else if (i == last) {
                share = coupon.subtract(shared);
            } else {
                share = money(coupon.multiply(lineNet).divide(net, 10, RoundingMode.HALF_UP));
            }
            shared = shared.add(share);
            priced.add(new PricedLine(line, gross(line), share, lineNet.subtract(share)));
        }
        return new Priced(priced, subtotal, lineDiscounts, coupon, net.subtract(coupon));
    }
}
