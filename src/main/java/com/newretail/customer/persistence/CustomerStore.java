package com.newretail.customer.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of customers, their tags and notes, in the current transaction. */
@ApplicationScoped
public class CustomerStore {

    /** Skips a taken mobile instead of failing, so concurrent sign-ups of one number end in one customer. */
    private static final String INSERT = """
            INSERT INTO customer (company_id, mobile, name, home_store_id, created_by)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (company_id, mobile) DO NOTHING
            RETURNING id""";

    private static final String LOCK = """
            SELECT id, company_id, home_store_id, version, mobile, name, coalesce(gender, ''), birthday, level, coalesce(guide_id, 0),
                   sms_consent, coalesce(sms_consent_store_id, 0), coalesce(merged_into_id, 0)
            FROM customer WHERE id = ?1 FOR UPDATE""";

    private static final String MOBILE_TAKEN = "SELECT count(*) FROM customer WHERE company_id = ?1 AND mobile = ?2 AND id <> ?3";

    /** Consent keeps when and where it was first given while it stays granted; withdrawing clears both. */
    private static final String UPDATE = """
            UPDATE customer SET mobile = ?2, name = ?3, gender = ?4, birthday = ?5::date, level = ?6, guide_id = ?7::bigint,
                   sms_consent_at = CASE WHEN NOT ?8 THEN NULL WHEN sms_consent THEN sms_consent_at ELSE now() END,
                   sms_consent_store_id = CASE WHEN NOT ?8 THEN NULL WHEN sms_consent THEN sms_consent_store_id ELSE ?9::bigint END,
                   sms_consent = ?8, version = version + 1, updated_at = now()
            WHERE id = ?1""";

    private static final String TAG = """
            INSERT INTO customer_tag (customer_id, name, kind, created_by)
            SELECT ?1, name, ?3, ?4 FROM unnest(?2::varchar[]) AS t(name)
            ON CONFLICT (customer_id, name) DO NOTHING""";

    private static final String SYSTEM_TAGS = "SELECT name FROM customer_tag WHERE customer_id = ?1 AND name = ANY(?2::varchar[]) AND kind = 'SYSTEM'";

    private static final String UNTAG = "DELETE FROM customer_tag WHERE customer_id = ?1 AND name = ANY(?2::varchar[]) AND kind = 'MANUAL'";

    private static final String NOTE = """
            INSERT INTO customer_note (customer_id, body, follow_up_on, author) VALUES (?1, ?2, ?3::date, ?4)""";

    /** The first purchase also fixes the currency the spend is counted in (a company sells in one). */
    private static final String PURCHASE = """
            UPDATE customer SET lifetime_spend = lifetime_spend + ?2, order_count = order_count + 1,
                   currency = CASE WHEN order_count = 0 THEN ?3 ELSE currency END,
                   first_purchase_at = coalesce(first_purchase_at, ?4), last_purchase_at = greatest(last_purchase_at, ?4)
            WHERE id = ?1""";

    private static final String TAKE_BACK = """
            UPDATE customer SET lifetime_spend = greatest(lifetime_spend - ?2, 0), order_count = greatest(order_count - ?3, 0) WHERE id = ?1""";

    /**
     * The survivor of a merge takes the duplicate's purchase figures (both are net of returns, so they
     * add up), the higher tier, consent if only the duplicate gave it, and the duplicate's gender,
     * birthday and guide where its own are unknown.
     */
    private static final String ABSORB = """
            UPDATE customer s SET lifetime_spend = s.lifetime_spend + d.lifetime_spend, order_count = s.order_count + d.order_count,
                   currency = CASE WHEN s.order_count = 0 THEN d.currency ELSE s.currency END,
                   first_purchase_at = least(s.first_purchase_at, d.first_purchase_at),
                   last_purchase_at = greatest(s.last_purchase_at, d.last_purchase_at),
                   level = CASE WHEN array_position(?3::varchar[], d.level) > array_position(?3::varchar[], s.level) THEN d.level ELSE s.level END,
                   gender = coalesce(s.gender, d.gender), birthday = coalesce(s.birthday, d.birthday), guide_id = coalesce(s.guide_id, d.guide_id),
                   sms_consent_at = CASE WHEN s.sms_consent THEN s.sms_consent_at ELSE d.sms_consent_at END,
                   sms_consent_store_id = CASE WHEN s.sms_consent THEN s.sms_consent_store_id ELSE d.sms_consent_store_id END,
                   sms_consent = s.sms_consent OR d.sms_consent, version = s.version + 1, updated_at = now()
            FROM customer d WHERE s.id = ?1 AND d.id = ?2""";

    private static final String COPY_TAGS = """
            INSERT INTO customer_tag (customer_id, name, kind, created_by, created_at)
            SELECT ?1, name, kind, created_by, created_at FROM customer_tag WHERE customer_id = ?2
            ON CONFLICT (customer_id, name) DO NOTHING""";

    private static final String DROP_TAGS = "DELETE FROM customer_tag WHERE customer_id = ?1";

    private static final String MOVE_NOTES = "UPDATE customer_note SET customer_id = ?1 WHERE customer_id = ?2";

    /** The duplicate stays as a redirect with nothing of its own; earlier duplicates merged into it redirect to the survivor. */
    private static final String RETIRE = """
            UPDATE customer SET merged_into_id = ?1, merged_at = now(), lifetime_spend = 0, order_count = 0, sms_consent = false,
                   sms_consent_at = NULL, sms_consent_store_id = NULL, version = version + 1, updated_at = now()
            WHERE id = ?2""";

    private static final String REDIRECT = "UPDATE customer SET merged_into_id = ?1 WHERE merged_into_id = ?2";

    /** Moves the home store and/or the guide of customers (null keeps each), bumping their versions. */
    private static final String REASSIGN = """
            UPDATE customer SET home_store_id = coalesce(?2::bigint, home_store_id), guide_id = coalesce(?3::bigint, guide_id),
                   version = version + 1, updated_at = now()
            WHERE id = ANY(?1::bigint[])""";

    /** Adds a purchase's spend and units per category. */
    private static final String BOUGHT_IN_CATEGORIES = """
            INSERT INTO customer_category AS cc (customer_id, category_id, spend, currency, units, last_bought_at)
            SELECT ?1, category, spend, ?5, units, ?6 FROM unnest(?2::bigint[], ?3::numeric[], ?4::int[]) AS t(category, spend, units)
            ON CONFLICT (customer_id, category_id) DO UPDATE SET spend = cc.spend + EXCLUDED.spend, units = cc.units + EXCLUDED.units,
                   last_bought_at = greatest(cc.last_bought_at, EXCLUDED.last_bought_at)""";

    /** Takes a refund's spend and units back per category, never below zero. */
    private static final String REFUNDED_IN_CATEGORIES = """
            UPDATE customer_category cc SET spend = greatest(cc.spend - t.spend, 0), units = greatest(cc.units - t.units, 0)
            FROM unnest(?2::bigint[], ?3::numeric[], ?4::int[]) AS t(category, spend, units)
            WHERE cc.customer_id = ?1 AND cc.category_id = t.category""";

    /** A merge adds the duplicate's categories to the survivor's. */
    private static final String MERGE_CATEGORIES = """
            INSERT INTO customer_category AS cc (customer_id, category_id, spend, currency, units, last_bought_at)
            SELECT ?1, category_id, spend, currency, units, last_bought_at FROM customer_category WHERE customer_id = ?2
            ON CONFLICT (customer_id, category_id) DO UPDATE SET spend = cc.spend + EXCLUDED.spend, units = cc.units + EXCLUDED.units,
                   last_bought_at = greatest(cc.last_bought_at, EXCLUDED.last_bought_at)""";

    private static final String DROP_CATEGORIES = "DELETE FROM customer_category WHERE customer_id = ?1";

    /**
     * RFM scores: each paying member's recency (last purchase), frequency (paid orders) and monetary
     * value (spend) as the fifth of their company's paying members they fall in, 5 the best (the top
     * fifth; ties score alike: ceil(5 × cumulative distribution)); members without purchases have none.
     */
    private static final String SCORE_RFM = """
            WITH scored AS (
                SELECT id, ceil(5 * cume_dist() OVER (PARTITION BY company_id ORDER BY last_purchase_at)) AS r,
                       ceil(5 * cume_dist() OVER (PARTITION BY company_id ORDER BY order_count)) AS f,
                       ceil(5 * cume_dist() OVER (PARTITION BY company_id ORDER BY lifetime_spend)) AS m
                FROM customer WHERE merged_into_id IS NULL AND order_count > 0)
            UPDATE customer c SET rfm_recency = CASE WHEN s.id IS NULL THEN NULL ELSE s.r END,
                   rfm_frequency = CASE WHEN s.id IS NULL THEN NULL ELSE s.f END,
                   rfm_monetary = CASE WHEN s.id IS NULL THEN NULL ELSE s.m END, rfm_scored_at = now()
            FROM customer x LEFT JOIN scored s ON s.id = x.id
            WHERE c.id = x.id""";

    /** A customer's profile as locked for a change. */
    public record Locked(long id, long companyId, long homeStoreId, int version, String mobile, String name, String gender, LocalDate birthday,
            String level, Long guideId, boolean smsConsent, Long smsConsentStoreId, Long mergedIntoId) {
    }

    /** The profile a change writes. */
    public record Profile(String mobile, String name, String gender, LocalDate birthday, String level, Long guideId, boolean smsConsent,
            Long smsConsentStoreId) {
    }

    /** The new customer's id; empty when the company already has a customer with this mobile. */
    public Uni<Optional<Long>> insert(long companyId, String mobile, String name, long homeStoreId, String actor) {
        return NativeSql.scalars(INSERT, Long.class, companyId, mobile, name, homeStoreId, actor)
                .map(ids -> ids.stream().findFirst());
    }

    /** Locks the customer's row until the transaction ends; empty when there is none. */
    public Uni<Optional<Locked>> lock(long id) {
        return NativeSql.rows(LOCK, id).map(rows -> rows.stream().findFirst().map(row -> new Locked(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).intValue(), (String) row[4], (String) row[5],
                ((String) row[6]).isEmpty() ? null : (String) row[6], (LocalDate) row[7], (String) row[8], NativeSql.idOrNull(row[9]),
                (Boolean) row[10], NativeSql.idOrNull(row[11]), NativeSql.idOrNull(row[12]))));
    }

    public Uni<Boolean> mobileTaken(long companyId, String mobile, long exceptId) {
        return NativeSql.longValue(MOBILE_TAKEN, companyId, mobile, exceptId).map(count -> count > 0);
    }

    public Uni<Integer> update(long id, Profile profile) {
        return NativeSql.update(UPDATE, id, profile.mobile(), profile.name(), profile.gender(), profile.birthday(), profile.level(),
                profile.guideId(), profile.smsConsent(), profile.smsConsentStoreId());
    }

    public Uni<Integer> tag(long customerId, List<String> names, String kind, String actor) {
        return NativeSql.update(TAG, customerId, names.toArray(String[]::new), kind, actor);
    }

    /** Which of these names the customer carries as system tags. */
    public Uni<List<String>> systemTags(long customerId, List<String> names) {
        return NativeSql.scalars(SYSTEM_TAGS, String.class, customerId, names.toArray(String[]::new));
    }

    public Uni<Integer> untag(long customerId, List<String> names) {
        return NativeSql.update(UNTAG, customerId, names.toArray(String[]::new));
    }

    public Uni<Integer> note(long customerId, String body, LocalDate followUpOn, String author) {
        return NativeSql.update(NOTE, customerId, body, followUpOn, author);
    }

    /** Moves the duplicate's figures, tags and notes to the survivor and leaves the duplicate as a redirect. */
    public Uni<Void> merge(long survivorId, long duplicateId, List<String> levelsLowToHigh) {
        return NativeSql.update(ABSORB, survivorId, duplicateId, levelsLowToHigh.toArray(String[]::new))
                .chain(() -> NativeSql.update(COPY_TAGS, survivorId, duplicateId))
                .chain(() -> NativeSql.update(DROP_TAGS, duplicateId))
                .chain(() -> NativeSql.update(MOVE_NOTES, survivorId, duplicateId))
                .chain(() -> NativeSql.update(MERGE_CATEGORIES, survivorId, duplicateId))
                .chain(() -> NativeSql.update(DROP_CATEGORIES, duplicateId))
                .chain(() -> NativeSql.update(RETIRE, survivorId, duplicateId))
                .chain(() -> NativeSql.update(REDIRECT, survivorId, duplicateId))
                .replaceWithVoid();
    }

    public Uni<Integer> reassign(List<Long> customerIds, Long homeStoreId, Long guideId) {
        return NativeSql.update(REASSIGN, customerIds.toArray(Long[]::new), homeStoreId, guideId);
    }

    /** Counts a paid order: spend, order count, first and last purchase. */
    public Uni<Integer> purchase(long customerId, BigDecimal amount, String currency, OffsetDateTime at) {
        return NativeSql.update(PURCHASE, customerId, amount, currency, at);
    }

    /** Adds a purchase's spend and units per category (arrays of equal length). */
    public Uni<Integer> boughtInCategories(long customerId, Long[] categories, java.math.BigDecimal[] spends, Integer[] units, String currency,
            OffsetDateTime at) {
        return NativeSql.update(BOUGHT_IN_CATEGORIES, customerId, categories, spends, units, currency, at);
    }

    /** Takes a refund's spend and units back per category. */
    public Uni<Integer> refundedInCategories(long customerId, Long[] categories, java.math.BigDecimal[] spends, Integer[] units) {
        return NativeSql.update(REFUNDED_IN_CATEGORIES, customerId, categories, spends, units);
    }

    /** Scores every member's RFM afresh; the number of members scored or cleared. */
    public Uni<Integer> scoreRfm() {
        return NativeSql.update(SCORE_RFM);
    }

    /** Puts a system tag on the members whose figures meet {@code condition} (SQL on {@code customer c}); the number tagged. */
    public Uni<Integer> addSystemTag(String name, String condition) {
        return NativeSql.update("INSERT INTO customer_tag (customer_id, name, kind, created_by) SELECT c.id, ?1, 'SYSTEM', 'rules' FROM customer c "
                + "WHERE c.merged_into_id IS NULL AND (" + condition + ") ON CONFLICT (customer_id, name) DO NOTHING", name);
    }

    /** Takes a system tag off the members whose figures no longer meet {@code condition}; the number untagged. */
    public Uni<Integer> removeSystemTag(String name, String condition) {
        return NativeSql.update("DELETE FROM customer_tag t USING customer c WHERE t.customer_id = c.id AND t.kind = 'SYSTEM' AND t.name = ?1 "
                + "AND (c.merged_into_id IS NOT NULL OR NOT coalesce(" + condition + ", false))", name);
    }

    /** Takes back a refund ({@code orders} 0) or a cancelled paid order ({@code orders} 1). */
    public Uni<Integer> takeBack(long customerId, BigDecimal amount, int orders) {
        return NativeSql.update(TAKE_BACK, customerId, amount, orders);
    }
}
