package com.newretail.operations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.operations.persistence.CouponReader;
import com.newretail.operations.persistence.CouponReader.HeldRow;
import com.newretail.operations.persistence.CouponStore;
import com.newretail.retail.api.CouponRule;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Member coupons and red packets at the till: quoted for a basket (read-only), redeemed in the sale's
 * transaction by a conditional update (so a coupon is never used twice, nor a red packet below zero),
 * and given back on refunds as their template says.
 */
@ApplicationScoped
public class CouponRedemptions implements CouponRule {

    private final CouponReader reader;
    private final CouponStore store;
    private final SkuCatalog catalog;

    public CouponRedemptions(CouponReader reader, CouponStore store, SkuCatalog catalog) {
        this.reader = reader;
        this.store = store;
        this.catalog = catalog;
    }

    @Override
    public Uni<List<Quote>> quote(List<String> codes, Basket basket) {
        List<String> stored = codes.stream().map(CouponCalculator::normalize).distinct().toList();
        List<Long> skus = basket.lines().stream().map(BasketLine::skuId).distinct().toList();
        return reader.held(stored, basket.storeId()).chain(rows -> {
            List<Long> categories = rows.stream().flatMap(row -> row.categoryIds().stream()).distinct().toList();
            return Multi.createFrom().iterable(categories)
                    .onItem().transformToUniAndConcatenate(category -> catalog.skusInCategory(category, skus)
                            .map(found -> Map.entry(category, found == null ? Set.<Long>of() : found)))
                    .collect().asMap(Map.Entry::getKey, Map.Entry::getValue)
                    .map(inCategory -> {
                        Map<String, CouponCalculator.Held> held = new HashMap<>();
                        rows.forEach(row -> held.put(row.code(), held(row, inCategory)));
                        return CouponCalculator.quote(codes, held, basket);
                    });
        });
    }

    private static CouponCalculator.Held held(HeldRow row, Map<Long, Set<Long>> inCategory) {
        Set<Long> eligible = null;
        if (!row.categoryIds().isEmpty() || !row.skuIds().isEmpty()) {
            eligible = new HashSet<>(row.skuIds());
            for (long category : row.categoryIds()) {
                eligible.addAll(inCategory.getOrDefault(category, Set.of()));
            }
        }
        return new CouponCalculator.Held(row.couponId(), row.code(), row.customerId(), row.status(), row.balance(), row.validFrom(), row.validTo(),
                CouponKind.valueOf(row.kind()), row.value(), row.maxDiscount(), row.minSpend(), row.stackable(), row.atStore(), eligible);
    }

    @Override
    public Uni<Boolean> redeem(Quote quote, long orderId, long storeId) {
        return store.redeem(quote.couponId(), quote.discount(), orderId, storeId);
    }

    @Override
    public Uni<Void> returned(long orderId, BigDecimal couponDiscount, BigDecimal returnedShare, boolean wholeOrder) {
        return store.lockUsesOf(orderId).chain(uses -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (CouponStore.OrderUse use : uses) {
                BigDecimal back = restored(use, couponDiscount, returnedShare, wholeOrder);
                if (back.signum() > 0) {
                    done = done.chain(() -> store.restore(use, back));
                }
            }
            return done;
        });
    }

    /**
     * What a refund gives back to one use: nothing when the template forfeits; a red packet its share
     * of the refunded coupon discount (the rest once the whole order is back); a coupon all of it, and
     * only once the whole order is back.
     */
    static BigDecimal restored(CouponStore.OrderUse use, BigDecimal couponDiscount, BigDecimal returnedShare, boolean wholeOrder) {
        BigDecimal open = use.discount().subtract(use.restored());
        if (!CouponReturnPolicy.RESTORE.name().equals(use.onReturn()) || open.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        if (wholeOrder) {
            return open;
        }
        if (!CouponKind.RED_PACKET.name().equals(use.kind()) || couponDiscount.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return use.discount().multiply(returnedShare).divide(couponDiscount, 2, RoundingMode.HALF_UP).min(open);
    }
}
