package com.newretail.operations.persistence;

import java.util.List;

import com.newretail.customer.api.CustomerSelections;
import com.newretail.platform.persistence.Like;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of coupon templates, member coupons and their uses, and who sees them: a template
 * by the org unit that owns it, a coupon by its member (as the member is seen: home store in scope).
 */
public final class CouponReadModels {

    /** What the coupons of a template took off at tills, net of what returns restored. */
    static final String REDEEMED_VALUE = "(SELECT COALESCE(sum(u.discount - u.restored), 0) FROM coupon_use u JOIN member_coupon m "
            + "ON m.id = u.coupon_id WHERE m.template_id = cpt.id)";
    static final String USED_COUNT = "(SELECT count(*) FROM member_coupon m WHERE m.template_id = cpt.id AND m.balance < m.face_value)";

    public static final ReadModel TEMPLATE = ReadModel.of("CouponTemplate", "coupon_template cpt", "cpt.id")
            .id("id")
            .scalar("name", "cpt.name", Codec.STRING)
            .scalar("kind", "cpt.kind", Codec.ENUM)
            .scalar("value", "cpt.value", Codec.DECIMAL)
            .money("maxDiscount", "cpt.max_discount", "cpt.currency")
            .money("minSpend", "cpt.min_spend", "cpt.currency")
            .one("owner", "OrgUnit", "cpt.owner_unit_id")
            .scalar("stackable", "cpt.stackable", Codec.BOOLEAN)
            .scalar("validFrom", "cpt.valid_from", Codec.DATE_TIME)
            .scalar("validTo", "cpt.valid_to", Codec.DATE_TIME)
            .scalar("validDays", "cpt.valid_days", Codec.INT)
            .scalar("hqShare", "cpt.hq_share", Codec.DECIMAL)
            .scalar("companyShare", "cpt.company_share", Codec.DECIMAL)
            .scalar("dealerShare", "cpt.dealer_share", Codec.DECIMAL)
            .scalar("onReturn", "cpt.on_return", Codec.ENUM)
            .money("budget", "cpt.budget", "cpt.currency")
            .scalar("quantityCap", "cpt.quantity_cap", Codec.INT)
            .scalar("perPersonLimit", "cpt.per_person_limit", Codec.INT)
            .scalar("issuedCount", "cpt.issued_count", Codec.INT)
            .money("issuedValue", "cpt.issued_value", "cpt.currency")
            .scalar("usedCount", USED_COUNT, Codec.INT)
            .money("redeemedValue", REDEEMED_VALUE, "cpt.currency")
            .scalar("claimCode", "cpt.claim_code", Codec.STRING)
            .scalar("status", "cpt.status", Codec.ENUM)
            .scalar("version", "cpt.version", Codec.INT)
            .scalar("createdBy", "cpt.created_by", Codec.STRING)
            .scalar("createdAt", "cpt.created_at", Codec.DATE_TIME)
            .build();

    /** A coupon past its end that was never used up reads as EXPIRED. */
    static final String COUPON_STATUS = "CASE WHEN mc.status = 'AVAILABLE' AND mc.valid_to <= now() THEN 'EXPIRED' ELSE mc.status END";
    static final String COUPON_CURRENCY = "(SELECT tpl.currency FROM coupon_template tpl WHERE tpl.id = mc.template_id)";

    public static final ReadModel COUPON = ReadModel.of("Coupon", "member_coupon mc", "mc.id")
            .id("id")
            .scalar("code", "mc.code", Codec.STRING)
            .one("template", "CouponTemplate", "mc.template_id")
            .one("customer", "Customer", "mc.customer_id")
            .scalar("status", COUPON_STATUS, Codec.ENUM)
            .money("faceValue", "mc.face_value", COUPON_CURRENCY)
            .money("balance", "mc.balance", COUPON_CURRENCY)
            .scalar("validFrom", "mc.valid_from", Codec.DATE_TIME)
            .scalar("validTo", "mc.valid_to", Codec.DATE_TIME)
            .scalar("source", "mc.source", Codec.ENUM)
            .one("snapshot", "SegmentSnapshot", "mc.snapshot_id")
            .scalar("issuedBy", "mc.issued_by", Codec.STRING)
            .scalar("issuedAt", "mc.issued_at", Codec.DATE_TIME)
            .scalar("usedAt", "mc.used_at", Codec.DATE_TIME)
            .many("uses", "CouponUse", "cu.coupon_id", "cu.id")
            .build();

    static final String USE_CURRENCY = "(SELECT tpl.currency FROM member_coupon m JOIN coupon_template tpl ON tpl.id = m.template_id WHERE m.id = cu.coupon_id)";

    public static final ReadModel USE = ReadModel.of("CouponUse", "coupon_use cu", "cu.coupon_id")
            .one("order", "Order", "cu.order_id")
            .one("store", "OrgUnit", "cu.store_id")
            .money("discount", "cu.discount", USE_CURRENCY)
            .money("restored", "cu.restored", USE_CURRENCY)
            .scalar("usedAt", "cu.used_at", Codec.DATE_TIME)
            .build();

    static final String TEMPLATES_FROM = "coupon_template cpt JOIN org_unit ou ON ou.id = cpt.owner_unit_id";

    private CouponReadModels() {
    }

    public static ReadRoot.Selection templatesByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(TEMPLATES_FROM, "cpt.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + ownerInScope(scope, args),
                null, List.of());
    }

    /** Templates owned in the scope, newest first, after the cursor's id. */
    public static ReadRoot.Selection templates(String search, boolean includeArchived, DataScope scope, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder(ownerInScope(scope, args));
        if (!includeArchived) {
            where.append(" AND cpt.status = 'ACTIVE'");
        }
        if (search != null && !search.isBlank()) {
            where.append(" AND cpt.name ILIKE ").append(args.add("%" + Like.escape(search.trim()) + "%"));
        }
        if (afterId != null) {
            where.append(" AND cpt.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(TEMPLATES_FROM, where.toString(), "cpt.id DESC", List.of("cpt.id"));
    }

    public static ReadRoot.Selection couponsByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(COUPON.from(), "mc.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + memberInScope(scope, args),
                null, List.of());
    }

    /** What a coupons list is narrowed to; null parts are open. */
    public record CouponFilter(Long customerId, Long templateId, String status, String code) {
    }

    /** Coupons of members in the scope, newest first, after the cursor's id. */
    public static ReadRoot.Selection coupons(CouponFilter filter, DataScope scope, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder(memberInScope(scope, args));
        if (filter.customerId() != null) {
            where.append(" AND mc.customer_id = ").append(args.add(filter.customerId()));
        }
        if (filter.templateId() != null) {
            where.append(" AND mc.template_id = ").append(args.add(filter.templateId()));
        }
        if (filter.status() != null) {
            where.append(" AND ").append(COUPON_STATUS).append(" = ").append(args.add(filter.status()));
        }
        if (filter.code() != null) {
            where.append(" AND mc.code = ").append(args.add(filter.code()));
        }
        if (afterId != null) {
            where.append(" AND mc.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(COUPON.from(), where.toString(), "mc.id DESC", List.of("mc.id"));
    }

    static String ownerInScope(DataScope scope, SqlArgs args) {
        return "(" + scope.predicate("ou.path", null, args) + ")";
    }

    static String memberInScope(DataScope scope, SqlArgs args) {
        return scope.isAll() ? "true" : "mc.customer_id IN (" + CustomerSelections.visibleIdsSql(scope, args) + ")";
    }
}
