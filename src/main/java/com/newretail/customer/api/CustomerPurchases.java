package com.newretail.customer.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.customer.persistence.CustomerStore;

import io.smallrye.mutiny.Uni;

/**
 * How sales keep a member's purchase figures current, in the sale's own transaction: a paid order
 * adds to the lifetime spend, the order count and the spend per category; a refund takes its amount
 * back; a cancelled paid order both. Figures are net of returns, so targets, segments and RFM read them
 * as they are.
 */
@ApplicationScoped
public class CustomerPurchases {

    /** Units of one SKU and what the member paid (or got back) for them. */
    public record PurchasedLine(long skuId, int units, BigDecimal amount) {
    }

    /** Lines summed per category. */
    private record CategorySum(int units, BigDecimal amount) {
        CategorySum plus(CategorySum other) {
            return new CategorySum(units + other.units, amount.add(other.amount));
        }
    }

    private final CustomerStore store;
    private final SkuCatalog skus;

    public CustomerPurchases(CustomerStore store, SkuCatalog skus) {
        this.store = store;
        this.skus = skus;
    }

    /** An order of {@code amount} paid at {@code at}; nothing for a sale without a member. */
    public Uni<Void> paid(Long customerId, BigDecimal amount, String currency, OffsetDateTime at, List<PurchasedLine> lines) {
        if (customerId == null) {
            return Uni.createFrom().voidItem();
        }
        return store.purchase(customerId, amount, currency, at).chain(() -> byCategory(lines)).chain(categories -> categories.isEmpty()
                ? Uni.createFrom().voidItem()
                : store.boughtInCategories(customerId, categories.keySet().toArray(Long[]::new), spends(categories), units(categories), currency, at)
                        .replaceWithVoid());
    }

    /** A refund of part of a paid order. */
    public Uni<Void> refunded(Long customerId, BigDecimal amount, List<PurchasedLine> lines) {
        return customerId == null ? Uni.createFrom().voidItem()
                : store.takeBack(customerId, amount, 0).chain(() -> takeBackCategories(customerId, lines));
    }

    /** A paid order cancelled and refunded in full: it no longer counts. */
    public Uni<Void> cancelled(Long customerId, BigDecimal amount, List<PurchasedLine> lines) {
        return customerId == null ? Uni.createFrom().voidItem()
                : store.takeBack(customerId, amount, 1).chain(() -> takeBackCategories(customerId, lines));
    }

    private Uni<Void> takeBackCategories(long customerId, List<PurchasedLine> lines) {
        return byCategory(lines).chain(categories -> categories.isEmpty() ? Uni.createFrom().voidItem()
                : store.refundedInCategories(customerId, categories.keySet().toArray(Long[]::new), spends(categories), units(categories))
                        .replaceWithVoid());
    }

    /** The lines summed per category of their SKUs (SKUs without a category are left out). */
    private Uni<Map<Long, CategorySum>> byCategory(List<PurchasedLine> lines) {
        return skus.categoryIdsOfSkus(lines.stream().map(PurchasedLine::skuId).distinct().toList()).map(categoryOf -> {
            Map<Long, CategorySum> sums = new LinkedHashMap<>();
            for (PurchasedLine line : lines) {
                Long category = categoryOf.get(line.skuId());
                if (category != null) {
                    sums.merge(category, new CategorySum(line.units(), line.amount()), CategorySum::plus);
                }
            }
            return sums;
        });
    }

    private static BigDecimal[] spends(Map<Long, CategorySum> categories) {
        return categories.values().stream().map(CategorySum::amount).toArray(BigDecimal[]::new);
    }

    private static Integer[] units(Map<Long, CategorySum> categories) {
        return categories.values().stream().map(CategorySum::units).toArray(Integer[]::new);
    }
}
