package com.newretail.retail.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;
import com.newretail.retail.api.CouponRule;

import io.quarkus.arc.DefaultBean;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The default coupon rule: a coupon row is PERCENT (value % of the amount, rounded HALF_UP to cents)
 * or AMOUNT (value off, at most the amount), valid in its window, for one company or all, above a
 * minimum spend, and redeemable up to {@code max_redemptions} times (a conditional update, so two
 * tills cannot both take the last redemption).
 */
@ApplicationScoped
@DefaultBean
public class CouponTable implements CouponRule {

    private final Pool pool;

    public CouponTable(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Quote> quote(String code, long storeId, Long companyId, Long customerId, BigDecimal amount, OffsetDateTime at) {
        return pool.preparedQuery("SELECT * FROM coupon WHERE code = $1").execute(Tuple.of(code)).map(rows -> {
            if (rows.size() == 0) {
                return refused(code, "Unknown coupon " + code);
            }
            Row row = rows.iterator().next();
            if (row.getOffsetDateTime("valid_from").isAfter(at)
                    || (row.getOffsetDateTime("valid_to") != null && !row.getOffsetDateTime("valid_to").isAfter(at))) {
                return refused(code, "Coupon " + code + " is not valid now");
            }
            if (row.getLong("company_id") != null && !row.getLong("company_id").equals(companyId)) {
                return refused(code, "Coupon " + code + " is for another company");
            }
            if (row.getInteger("max_redemptions") != null && row.getInteger("redeemed") >= row.getInteger("max_redemptions")) {
                return refused(code, "Coupon " + code + " is used up");
            }
            if (amount.compareTo(row.getBigDecimal("min_spend")) < 0) {
                return refused(code, "Coupon " + code + " needs a spend of at least " + row.getBigDecimal("min_spend"));
            }
            BigDecimal value = row.getBigDecimal("value");
            BigDecimal discount = "PERCENT".equals(row.getString("kind"))
                    ? amount.multiply(value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                    : value.min(amount);
            return new Quote(code, row.getLong("id"), discount.setScale(2, RoundingMode.HALF_UP), null);
        });
    }

    @Override
    public Uni<Boolean> redeem(Quote quote, long orderId) {
        return NativeSql.update("UPDATE coupon SET redeemed = redeemed + 1 WHERE id = ?1 "
                + "AND (max_redemptions IS NULL OR redeemed < max_redemptions)", quote.couponId())
                .chain(updated -> updated == 0 ? Uni.createFrom().item(false)
                        : NativeSql.update("INSERT INTO coupon_redemption (coupon_id, order_id, discount) VALUES (?1, ?2, ?3)",
                                quote.couponId(), orderId, quote.discount()).map(ignored -> true));
    }

    private static Quote refused(String code, String reason) {
        return new Quote(code, null, BigDecimal.ZERO, reason);
    }
}
