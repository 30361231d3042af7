package com.newretail.supply.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The replenishment rule, one SKU at a time, with no I/O.
 *
 * <p>Sales velocity: the average of the 7-day and the 28-day daily average of units sold net of returns,
 * over completed days (today is not over). The short window follows a change in demand within a week, the
 * long one keeps a single busy day from doubling an order.
 *
 * <p>The pipeline is what is available (on hand, not reserved), plus what is on its way in (transfers to
 * the warehouse not yet received), plus what was requested and not yet approved or rejected.
 *
 * <p>Days of cover (the default): the reorder point is the sales expected over the lead time plus the safety
 * stock; at or below it, order up to the lead time's and the cover days' expected sales plus the safety
 * stock. Min/max (when the policy sets both): below min, order up to max. Quantities are rounded up to
 * the pack size; nothing is suggested when the rounded quantity is 0.
 */
public final class SuggestionCalculator {

    private SuggestionCalculator() {
    }

    public static Suggestion suggest(long skuId, int onHand, int available, int inbound, int requested, int safetyStock, int sold7, int sold28,
            Policy policy) {
        BigDecimal average7 = BigDecimal.valueOf(Math.max(sold7, 0)).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
        BigDecimal average28 = BigDecimal.valueOf(Math.max(sold28, 0)).divide(BigDecimal.valueOf(28), 2, RoundingMode.HALF_UP);
        // From the unrounded averages: (sold7 / 7 + sold28 / 28) / 2 = (4 × sold7 + sold28) / 56.
        BigDecimal rate = BigDecimal.valueOf(4L * Math.max(sold7, 0) + Math.max(sold28, 0)).divide(BigDecimal.valueOf(56), 2, RoundingMode.HALF_UP);
        int pipeline = available + inbound + requested;
        int reorderPoint;
        int target;
        if (policy.minMax()) {
            reorderPoint = policy.minQuantity() - 1;
            target = policy.maxQuantity();
        } else {
            reorderPoint = ceil(rate.multiply(BigDecimal.valueOf(policy.leadTimeDays()))) + safetyStock;
            target = ceil(rate.multiply(BigDecimal.valueOf(policy.leadTimeDays() + policy.coverDays()))) + safetyStock;
        }
        int quantity = 0;
        if (pipeline <= reorderPoint && target > pipeline) {
            int pack = policy.packSize();
            quantity = (target - pipeline + pack - 1) / pack * pack;
        }
        BigDecimal cover = rate.signum() == 0 ? null : BigDecimal.valueOf(Math.max(pipeline, 0)).divide(rate, 1, RoundingMode.HALF_UP);
        return new Suggestion(skuId, onHand, available, inbound, requested, safetyStock, average7, average28, rate, policy, reorderPoint, target,
                quantity, cover, reason(rate, average7, average28, pipeline, available, inbound, requested, cover, reorderPoint, target, quantity,
                        safetyStock, policy));
    }

    private static String reason(BigDecimal rate, BigDecimal average7, BigDecimal average28, int pipeline, int available, int inbound,
            int requested, BigDecimal cover, int reorderPoint, int target, int quantity, int safety, Policy policy) {
        StringBuilder text = new StringBuilder("Sells ").append(rate.toPlainString()).append(" a day (7-day average ")
                .append(average7.toPlainString()).append(", 28-day ").append(average28.toPlainString()).append("). ")
                .append(available).append(" available + ").append(inbound).append(" on the way + ").append(requested).append(" requested = ")
                .append(pipeline).append(cover == null ? "." : ", " + cover.toPlainString() + " days of sales.");
        if (policy.minMax()) {
            text.append(" Policy: below ").append(policy.minQuantity()).append(", order up to ").append(target).append('.');
        } else {
            text.append(" Reorder at ").append(reorderPoint).append(" (").append(policy.leadTimeDays()).append(" days' lead time")
                    .append(safety > 0 ? " + " + safety + " safety stock" : "").append("), order up to ").append(target).append(" (")
                    .append(policy.leadTimeDays()).append(" + ").append(policy.coverDays()).append(" days").append(safety > 0 ? " + safety" : "")
                    .append(").");
        }
        text.append(quantity > 0 ? " Order " + quantity + (policy.packSize() > 1 ? " (packs of " + policy.packSize() + ")." : ".")
                : " Nothing to order.");
        return text.toString();
    }

    private static int ceil(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
