package com.newretail.operations.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of coupon templates, member coupons and their uses, in the current transaction. */
@ApplicationScoped
public class CouponStore {

    /** A template's terms and counters under its row lock. */
    public record LockedTemplate(long id, long ownerUnitId, String kind, BigDecimal faceValue, String status, OffsetDateTime validTo,
            BigDecimal budget, Integer quantityCap, int perPersonLimit, int issuedCount, BigDecimal issuedValue, int version) {
    }

    /** A new template, checked. */
    public record NewTemplate(String name, String kind, BigDecimal value, BigDecimal maxDiscount, BigDecimal minSpend, long ownerUnitId,
            Long[] storeUnitIds, Long[] categoryIds, Long[] skuIds, boolean stackable, OffsetDateTime validFrom, OffsetDateTime validTo,
            Integer validDays, BigDecimal hqShare, BigDecimal companyShare, BigDecimal dealerShare, String onReturn, BigDecimal budget,
            Integer quantityCap, int perPersonLimit, String claimCode) {
    }

    /** Who a batch goes to: listed members, the members of a segment snapshot, or a task's targeted members (not its control group). */
    public record Recipients(Long[] customerIds, Long snapshotId, Long taskId) {

        public static Recipients members(Long[] customerIds) {
            return new Recipients(customerIds, null, null);
        }

        public static Recipients snapshot(long snapshotId) {
            return new Recipients(null, snapshotId, null);
        }

        public static Recipients task(long taskId) {
            return new Recipients(null, null, taskId);
        }

        /** {@code SELECT customer_id …} of the recipients, with {@link #parameter} at {@code placeholder} (e.g. ?2). */
        public String idsSql(String placeholder) {
            if (customerIds != null) {
                return "SELECT unnest(cast(" + placeholder + " as bigint[])) AS customer_id";
            }
            return snapshotId != null ? "SELECT customer_id FROM segment_snapshot_member WHERE snapshot_id = " + placeholder
                    : "SELECT customer_id FROM operation_task_member WHERE task_id = " + placeholder + " AND NOT control";
        }

        public Object parameter() {
            return customerIds != null ? customerIds : snapshotId != null ? snapshotId : taskId;
        }
    }

    /** A coupon use of an order, with what its template does on returns. */
    public record OrderUse(long useId, long couponId, BigDecimal discount, BigDecimal restored, String kind, String onReturn, BigDecimal faceValue) {
    }

    private static final String INSERT_TEMPLATE = """
            INSERT INTO coupon_template (name, kind, value, max_discount, min_spend, owner_unit_id, store_unit_ids, category_ids, sku_ids, stackable,
                                         valid_from, valid_to, valid_days, hq_share, company_share, dealer_share, on_return, budget, quantity_cap,
                                         per_person_limit, claim_code, created_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as bigint[]), cast(?8 as bigint[]), cast(?9 as bigint[]), ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                    ?18, ?19, ?20, ?21, ?22)
            ON CONFLICT (upper(claim_code)) WHERE claim_code IS NOT NULL DO NOTHING
            RETURNING id""";

    private static final String LOCK_COLUMNS = """
            SELECT id, owner_unit_id, kind, CASE WHEN kind = 'PERCENT_OFF' THEN max_discount ELSE value END, status, valid_to, budget,
                   coalesce(quantity_cap, 0), per_person_limit, issued_count, issued_value, version FROM coupon_template""";

    private static final String LOCK = LOCK_COLUMNS + " WHERE id = ?1 FOR UPDATE";

    private static final String LOCK_BY_CLAIM_CODE = LOCK_COLUMNS + " WHERE upper(claim_code) = upper(?1) AND claim_code IS NOT NULL FOR UPDATE";

    /** Of the recipients, those still below the per-person limit (the template's lock keeps this true until the insert). */
    private static final String BELOW_LIMIT = """
            FROM coupon_template t, (%s) x
            WHERE t.id = ?1 AND (SELECT count(*) FROM member_coupon m WHERE m.template_id = t.id AND m.customer_id = x.customer_id)
                                < t.per_person_limit""";

    private static final String COUNT_BELOW_LIMIT = "SELECT count(*) " + BELOW_LIMIT;

    private static final String ISSUE = """
            INSERT INTO member_coupon (template_id, customer_id, code, face_value, balance, valid_from, valid_to, source, snapshot_id, issued_by,
                                       task_id)
            SELECT t.id, x.customer_id, 'CP' || upper(substr(md5(gen_random_uuid()::text), 1, 14)), ?3, ?3, greatest(now(), t.valid_from),
                   CASE WHEN t.valid_days IS NULL THEN t.valid_to
                        ELSE least(t.valid_to, greatest(now(), t.valid_from) + t.valid_days * interval '1 day') END,
                   ?4, ?5, ?6, ?7
            """ + BELOW_LIMIT + " RETURNING id";

    private static final String COUNT_ISSUED = """
            UPDATE coupon_template SET issued_count = issued_count + ?2, issued_value = issued_value + ?3 WHERE id = ?1""";

    private static final String ARCHIVE = "UPDATE coupon_template SET status = 'ARCHIVED', version = version + 1 WHERE id = ?1";

    /** Takes the discount off a coupon still usable now: a red packet keeps what is left, any other coupon is used up. */
    private static final String REDEEM = """
            UPDATE member_coupon mc
            SET balance = CASE WHEN t.kind = 'RED_PACKET' THEN mc.balance - ?2 ELSE 0 END,
                status = CASE WHEN t.kind <> 'RED_PACKET' OR mc.balance = ?2 THEN 'USED' ELSE 'AVAILABLE' END,
                used_at = now()
            FROM coupon_template t
            WHERE mc.id = ?1 AND t.id = mc.template_id AND mc.status = 'AVAILABLE' AND mc.balance >= ?2 AND mc.valid_to > now()""";

    private static final String INSERT_USE = "INSERT INTO coupon_use (coupon_id, order_id, store_id, discount) VALUES (?1, ?2, ?3, ?4)";

    private static final String ORDER_USES = """
            SELECT u.id, u.coupon_id, u.discount, u.restored, t.kind, t.on_return, mc.face_value
            FROM coupon_use u JOIN member_coupon mc ON mc.id = u.coupon_id JOIN coupon_template t ON t.id = mc.template_id
            WHERE u.order_id = ?1 ORDER BY u.id FOR UPDATE OF u, mc""";

    private static final String RESTORE_USE = "UPDATE coupon_use SET restored = restored + ?2 WHERE id = ?1";

    private static final String RESTORE_BALANCE = """
            UPDATE member_coupon SET balance = CASE WHEN ?3 THEN face_value ELSE least(face_value, balance + ?2) END, status = 'AVAILABLE'
            WHERE id = ?1 AND status <> 'VOID'""";

    public Uni<Optional<Long>> insertTemplate(NewTemplate t, String actor) {
        return NativeSql.scalars(INSERT_TEMPLATE, Long.class, t.name(), t.kind(), t.value(), t.maxDiscount(), t.minSpend(), t.ownerUnitId(),
                t.storeUnitIds(), t.categoryIds(), t.skuIds(), t.stackable(), t.validFrom(), t.validTo(), t.validDays(), t.hqShare(), t.companyShare(),
                t.dealerShare(), t.onReturn(), t.budget(), t.quantityCap(), t.perPersonLimit(), t.claimCode(), actor).map(ids -> ids.stream().findFirst());
    }

    public Uni<Optional<LockedTemplate>> lock(long id) {
        return NativeSql.rows(LOCK, id).map(CouponStore::locked);
    }

    public Uni<Optional<LockedTemplate>> lockByClaimCode(String claimCode) {
        return NativeSql.rows(LOCK_BY_CLAIM_CODE, claimCode).map(CouponStore::locked);
    }

    /** How many of the recipients may still get a coupon of the template. */
    public Uni<Long> belowLimit(long templateId, Recipients to) {
        return NativeSql.longValue(COUNT_BELOW_LIMIT.formatted(to.idsSql("?2")), templateId, to.parameter());
    }

    /** One coupon for each recipient below the per-person limit, counted on the template; the new coupons' ids. */
    public Uni<List<Long>> issue(LockedTemplate template, Recipients to, String source, String actor) {
        return NativeSql.scalars(ISSUE.formatted(to.idsSql("?2")), Long.class, template.id(), to.parameter(), template.faceValue(), source,
                to.snapshotId(), actor, to.taskId()).call(ids -> NativeSql.update(COUNT_ISSUED, template.id(), ids.size(),
                        template.faceValue().multiply(BigDecimal.valueOf(ids.size()))));
    }

    public Uni<Void> archive(long id) {
        return NativeSql.update(ARCHIVE, id).replaceWithVoid();
    }

    /** False when the coupon was used, voided or expired meanwhile, or a red packet holds less now. */
    public Uni<Boolean> redeem(long couponId, BigDecimal discount, long orderId, long storeId) {
        return NativeSql.update(REDEEM, couponId, discount).chain(updated -> updated == 0 ? Uni.createFrom().item(false)
                : NativeSql.update(INSERT_USE, couponId, orderId, storeId, discount).replaceWith(true));
    }

    public Uni<List<OrderUse>> lockUsesOf(long orderId) {
        return NativeSql.rows(ORDER_USES, orderId).map(rows -> rows.stream().map(row -> new OrderUse(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), NativeSql.decimal(row[2]), NativeSql.decimal(row[3]), (String) row[4], (String) row[5],
                NativeSql.decimal(row[6]))).toList());
    }

    /** Gives {@code amount} of a use back to its coupon, which is usable again (a coupon whole, a red packet by the amount). */
    public Uni<Void> restore(OrderUse use, BigDecimal amount) {
        return NativeSql.update(RESTORE_USE, use.useId(), amount)
                .chain(() -> NativeSql.update(RESTORE_BALANCE, use.couponId(), amount, !"RED_PACKET".equals(use.kind())))
                .replaceWithVoid();
    }

    private static Optional<LockedTemplate> locked(List<Object[]> rows) {
        return rows.stream().findFirst().map(row -> new LockedTemplate(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                NativeSql.decimal(row[3]), (String) row[4], toOffset(row[5]), row[6] == null ? null : NativeSql.decimal(row[6]),
                ((Number) row[7]).intValue() == 0 ? null : ((Number) row[7]).intValue(), ((Number) row[8]).intValue(), ((Number) row[9]).intValue(),
                NativeSql.decimal(row[10]), ((Number) row[11]).intValue()));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
