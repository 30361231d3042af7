package com.newretail.operations.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of coupon templates, member coupons and their uses, through the statements of {@link CouponReadModels}. */
@ApplicationScoped
public class CouponReader {

    public record TemplateRow(long id, String name, String kind, BigDecimal value, BigDecimal maxDiscount, BigDecimal minSpend, String currency,
            long ownerUnitId, List<Long> storeUnitIds, List<Long> categoryIds, List<Long> skuIds, boolean stackable, OffsetDateTime validFrom,
            OffsetDateTime validTo, Integer validDays, BigDecimal hqShare, BigDecimal companyShare, BigDecimal dealerShare, String onReturn,
            BigDecimal budget, Integer quantityCap, int perPersonLimit, int issuedCount, BigDecimal issuedValue, int usedCount,
            BigDecimal redeemedValue, String claimCode, String status, int version, String createdBy, OffsetDateTime createdAt) {
    }

    public record CouponRow(long id, String code, long templateId, long customerId, String status, BigDecimal faceValue, BigDecimal balance,
            String currency, OffsetDateTime validFrom, OffsetDateTime validTo, String source, Long snapshotId, String issuedBy,
            OffsetDateTime issuedAt, OffsetDateTime usedAt) {
    }

    public record UseRow(long couponId, long orderId, long storeId, BigDecimal discount, BigDecimal restored, String currency,
            OffsetDateTime usedAt) {
    }

    /** A member coupon with its template's terms and whether the store asked about is one it is valid at. */
    public record HeldRow(long couponId, String code, long customerId, String status, BigDecimal balance, OffsetDateTime validFrom,
            OffsetDateTime validTo, String kind, BigDecimal value, BigDecimal maxDiscount, BigDecimal minSpend, boolean stackable,
            List<Long> categoryIds, List<Long> skuIds, boolean atStore) {
    }

    private static final String TEMPLATE_COLUMNS = "cpt.id, cpt.name, cpt.kind, cpt.value, cpt.max_discount, cpt.min_spend, cpt.currency, cpt.owner_unit_id, "
            + "cpt.store_unit_ids, cpt.category_ids, cpt.sku_ids, cpt.stackable, cpt.valid_from, cpt.valid_to, cpt.valid_days, cpt.hq_share, cpt.company_share, "
            + "cpt.dealer_share, cpt.on_return, cpt.budget, cpt.quantity_cap, cpt.per_person_limit, cpt.issued_count, cpt.issued_value, "
            + CouponReadModels.USED_COUNT + " AS used_count, " + CouponReadModels.REDEEMED_VALUE + " AS redeemed_value, cpt.claim_code, cpt.status, "
            + "cpt.version, cpt.created_by, cpt.created_at";

    private static final String COUPON_COLUMNS = "mc.id, mc.code, mc.template_id, mc.customer_id, " + CouponReadModels.COUPON_STATUS + " AS status, "
            + "mc.face_value, mc.balance, " + CouponReadModels.COUPON_CURRENCY + " AS currency, mc.valid_from, mc.valid_to, mc.source, mc.snapshot_id, "
            + "mc.issued_by, mc.issued_at, mc.used_at";

    private static final String USES = "SELECT cu.coupon_id, cu.order_id, cu.store_id, cu.discount, cu.restored, " + CouponReadModels.USE_CURRENCY
            + " AS currency, cu.used_at FROM coupon_use cu WHERE cu.coupon_id = ANY($1) ORDER BY cu.coupon_id, cu.id";

    private static final String HELD = """
            SELECT mc.id, mc.code, mc.customer_id, mc.status, mc.balance, mc.valid_from, mc.valid_to, t.kind, t.value, t.max_discount, t.min_spend,
                   t.stackable, t.category_ids, t.sku_ids,
                   EXISTS (SELECT 1 FROM org_unit s, org_unit o WHERE s.id = $2 AND o.id = t.owner_unit_id AND s.path LIKE o.path || '%')
                   AND (cardinality(t.store_unit_ids) = 0 OR EXISTS (SELECT 1 FROM org_unit s, org_unit u
                        WHERE s.id = $2 AND u.id = ANY(t.store_unit_ids) AND s.path LIKE u.path || '%')) AS at_store
            FROM member_coupon mc JOIN coupon_template t ON t.id = mc.template_id WHERE mc.code = ANY($1)""";

    private final Pool pool;

    public CouponReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<TemplateRow>> templatesByIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, CouponReadModels.templatesByIds(ids, scope, args).statement(TEMPLATE_COLUMNS, null), args, CouponReader::template);
    }

    public Uni<List<TemplateRow>> templates(String search, boolean includeArchived, DataScope scope, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, CouponReadModels.templates(search, includeArchived, scope, afterId, args)
                .statement(TEMPLATE_COLUMNS, Integer.toString(limit)), args, CouponReader::template);
    }

    public Uni<List<CouponRow>> couponsByIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, CouponReadModels.couponsByIds(ids, scope, args).statement(COUPON_COLUMNS, null), args, CouponReader::coupon);
    }

    public Uni<List<CouponRow>> coupons(CouponReadModels.CouponFilter filter, DataScope scope, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, CouponReadModels.coupons(filter, scope, afterId, args).statement(COUPON_COLUMNS, Integer.toString(limit)), args,
                CouponReader::coupon);
    }

    public Uni<List<UseRow>> usesOf(List<Long> couponIds) {
        return PoolQueries.list(pool, USES, Tuple.of(couponIds.toArray(Long[]::new)), row -> new UseRow(row.getLong("coupon_id"),
                row.getLong("order_id"), row.getLong("store_id"), SqlNumbers.decimal(row, "discount"), SqlNumbers.decimal(row, "restored"),
                row.getString("currency"), row.getOffsetDateTime("used_at")));
    }

    /** The coupons of these codes (as stored), with their terms for a sale at {@code storeId}. */
    public Uni<List<HeldRow>> held(List<String> codes, long storeId) {
        return PoolQueries.list(pool, HELD, Tuple.of(codes.toArray(String[]::new), storeId), row -> new HeldRow(row.getLong("id"),
                row.getString("code"), row.getLong("customer_id"), row.getString("status"), SqlNumbers.decimal(row, "balance"),
                row.getOffsetDateTime("valid_from"), row.getOffsetDateTime("valid_to"), row.getString("kind"), SqlNumbers.decimal(row, "value"),
                SqlNumbers.decimal(row, "max_discount"), SqlNumbers.decimal(row, "min_spend"), row.getBoolean("stackable"),
                List.of(row.getArrayOfLongs("category_ids")), List.of(row.getArrayOfLongs("sku_ids")), row.getBoolean("at_store")));
    }

    private static TemplateRow template(Row row) {
        return new TemplateRow(row.getLong("id"), row.getString("name"), row.getString("kind"), SqlNumbers.decimal(row, "value"),
                SqlNumbers.decimal(row, "max_discount"), SqlNumbers.decimal(row, "min_spend"), row.getString("currency"), row.getLong("owner_unit_id"),
                List.of(row.getArrayOfLongs("store_unit_ids")), List.of(row.getArrayOfLongs("category_ids")), List.of(row.getArrayOfLongs("sku_ids")),
                row.getBoolean("stackable"), row.getOffsetDateTime("valid_from"), row.getOffsetDateTime("valid_to"), row.getInteger("valid_days"),
                SqlNumbers.decimal(row, "hq_share"), SqlNumbers.decimal(row, "company_share"), SqlNumbers.decimal(row, "dealer_share"),
                row.getString("on_return"), SqlNumbers.decimal(row, "budget"), row.getInteger("quantity_cap"), row.getInteger("per_person_limit"),
                row.getInteger("issued_count"), SqlNumbers.decimal(row, "issued_value"), row.getLong("used_count").intValue(),
                SqlNumbers.decimal(row, "redeemed_value"), row.getString("claim_code"), row.getString("status"), row.getInteger("version"),
                row.getString("created_by"), row.getOffsetDateTime("created_at"));
    }

    private static CouponRow coupon(Row row) {
        return new CouponRow(row.getLong("id"), row.getString("code"), row.getLong("template_id"), row.getLong("customer_id"), row.getString("status"),
                SqlNumbers.decimal(row, "face_value"), SqlNumbers.decimal(row, "balance"), row.getString("currency"), row.getOffsetDateTime("valid_from"),
                row.getOffsetDateTime("valid_to"), row.getString("source"), row.getLong("snapshot_id"), row.getString("issued_by"),
                row.getOffsetDateTime("issued_at"), row.getOffsetDateTime("used_at"));
    }
}
