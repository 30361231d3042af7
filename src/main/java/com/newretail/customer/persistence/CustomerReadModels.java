package com.newretail.customer.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.newretail.customer.domain.MobileMasking;
import com.newretail.platform.persistence.Like;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The read models of customers, their tags and notes, and which customers a caller sees. */
public final class CustomerReadModels {

    public static final ReadModel CUSTOMER = ReadModel.of("Customer", "customer c", "c.id")
            .id("id")
            .masked("mobile", "c.mobile", MobileMasking.INSTANCE)
            .scalar("name", "c.name", Codec.STRING)
            .scalar("gender", "c.gender", Codec.ENUM)
            .scalar("birthday", "c.birthday", Codec.DATE)
            .scalar("level", "c.level", Codec.ENUM)
            .one("guide", "Staff", "c.guide_id")
            .scalar("smsConsent", "c.sms_consent", Codec.BOOLEAN)
            .scalar("smsConsentAt", "c.sms_consent_at", Codec.DATE_TIME)
            .one("smsConsentStore", "OrgUnit", "c.sms_consent_store_id")
            .many("tags", "CustomerTag", "ct.customer_id", "ct.name")
            .many("notes", "CustomerNote", "cn.customer_id", "cn.id DESC")
            .scoped("favouriteCategories", "CustomerCategory", "cc.customer_id", CustomerReadModels.FAVOURITE_CATEGORIES, Set.of("cc"),
                    (parentKey, scope, args) -> CustomerReadModels.favouriteCategories(parentKey))
            .money("lifetimeSpend", "c.lifetime_spend", "c.currency")
            .scalar("orderCount", "c.order_count", Codec.INT)
            .scalar("firstPurchaseAt", "c.first_purchase_at", Codec.DATE_TIME)
            .scalar("lastPurchaseAt", "c.last_purchase_at", Codec.DATE_TIME)
            .scalar("rfmRecency", "c.rfm_recency", Codec.INT)
            .scalar("rfmFrequency", "c.rfm_frequency", Codec.INT)
            .scalar("rfmMonetary", "c.rfm_monetary", Codec.INT)
            .scalar("rfmScoredAt", "c.rfm_scored_at", Codec.DATE_TIME)
            .scalar("version", "c.version", Codec.INT)
            .scalar("createdAt", "c.created_at", Codec.DATE_TIME)
            .scalar("updatedAt", "c.updated_at", Codec.DATE_TIME)
            .one("company", "OrgUnit", "c.company_id")
            .one("homeStore", "OrgUnit", "c.home_store_id")
            .build();

    /** A member's spend in one category. */
    public static final ReadModel CATEGORY = ReadModel.of("CustomerCategory", "customer_category cc", "cc.category_id")
            .one("category", "Category", "cc.category_id")
            .money("spend", "cc.spend", "cc.currency")
            .scalar("units", "cc.units", Codec.INT)
            .scalar("lastBoughtAt", "cc.last_bought_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel TAG = ReadModel.of("CustomerTag", "customer_tag ct", "ct.id")
            .scalar("name", "ct.name", Codec.STRING)
            .scalar("kind", "ct.kind", Codec.ENUM)
            .scalar("createdAt", "ct.created_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel NOTE = ReadModel.of("CustomerNote", "customer_note cn", "cn.id")
            .scalar("body", "cn.body", Codec.STRING)
            .scalar("followUpOn", "cn.follow_up_on", Codec.DATE)
            .scalar("author", "cn.author", Codec.STRING)
            .scalar("createdAt", "cn.created_at", Codec.DATE_TIME)
            .build();

    /** How many of a member's categories {@code favouriteCategories} lists. */
    public static final int FAVOURITE_CATEGORIES = 3;

    /**
     * The FROM of the customer selections: the customer and their home store. LEFT JOIN: home_store_id is NOT NULL and
     * references org_unit, so the rows are the inner join's, and PostgreSQL drops the join when no scope predicate reads
     * {@code s} (HQ), which it cannot do for a JOIN.
     */
    public static final String FROM = "customer c LEFT JOIN org_unit s ON s.id = c.home_store_id";

    /** The orders of {@code customers}: each sort's columns, the last of them the unique id. */
    public enum Sort {
        NEWEST_FIRST("c.id DESC", List.of("c.id")),
        NAME("c.name, c.id", List.of("c.name", "c.id")),
        SPEND_DESC("c.lifetime_spend DESC, c.id DESC", List.of("c.lifetime_spend::text", "c.id"));

        final String orderBy;
        final List<String> cursorSql;

        Sort(String orderBy, List<String> cursorSql) {
            this.orderBy = orderBy;
            this.cursorSql = cursorSql;
        }
    }

    /** What {@code customers(where:)} keeps; null fields do not filter. */
    public record Filter(Long homeStoreId, String search, String tag, String level, Long guideId, BigDecimal spendMin, BigDecimal spendMax,
            OffsetDateTime lastPurchaseFrom, OffsetDateTime lastPurchaseTo, Boolean smsConsent, Integer rfmRecencyMin, Integer rfmFrequencyMin,
            Integer rfmMonetaryMin) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Where a page starts: the sort key and id of the last row of the previous page (both null on the first page). */
    public record After(String key, Long id) {
        public static final After START = new After(null, null);
    }

    private CustomerReadModels() {
    }

    /** Customers by id that the scope sees by their home store. */
    public static ReadRoot.Selection byIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(FROM, "c.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + inScope(scope, args), null,
                List.of());
    }

    /**
     * The customer with this id, or the one a merged duplicate of this id was merged into (the old ID
     * keeps working), if the scope sees them.
     */
    public static ReadRoot.Selection byIdFollowingMerges(long id, DataScope scope, SqlArgs args) {
        // The merged duplicates' index answers (nothing, nearly always) without reading the customer's row a second time.
        String given = args.add(id);
        return new ReadRoot.Selection(FROM, "c.id = coalesce((SELECT m.merged_into_id FROM customer m WHERE m.id = " + given
                + " AND m.merged_into_id IS NOT NULL), " + given + ") AND " + inScope(scope, args), null, List.of());
    }

    /** Customers the scope sees by their home store (merged duplicates not), filtered, in the sort's order after {@code after}. */
    public static ReadRoot.Selection customers(DataScope scope, Filter filter, Sort sort, After after, SqlArgs args) {
        StringBuilder where = new StringBuilder(inScope(scope, args)).append(" AND c.merged_into_id IS NULL");
        if (filter.homeStoreId() != null) {
            where.append(" AND c.home_store_id = ").append(args.add(filter.homeStoreId()));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String prefix = args.add(Like.escape(filter.search().trim()) + "%");
            where.append(" AND (c.mobile LIKE ").append(prefix).append(" OR c.name ILIKE ").append(prefix).append(")");
        }
        if (filter.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.name = ").append(args.add(filter.tag().trim()))
                    .append(")");
        }
        if (filter.level() != null) {
            where.append(" AND c.level = ").append(args.add(filter.level()));
        }
        if (filter.guideId() != null) {
            where.append(" AND c.guide_id = ").append(args.add(filter.guideId()));
        }
        if (filter.spendMin() != null) {
            where.append(" AND c.lifetime_spend >= ").append(args.add(filter.spendMin()));
        }
        if (filter.spendMax() != null) {
            where.append(" AND c.lifetime_spend <= ").append(args.add(filter.spendMax()));
        }
        if (filter.lastPurchaseFrom() != null) {
            where.append(" AND c.last_purchase_at >= ").append(args.add(filter.lastPurchaseFrom()));
        }
        if (filter.lastPurchaseTo() != null) {
            where.append(" AND c.last_purchase_at < ").append(args.add(filter.lastPurchaseTo()));
        }
        if (filter.smsConsent() != null) {
            where.append(" AND c.sms_consent = ").append(args.add(filter.smsConsent()));
        }
        if (filter.rfmRecencyMin() != null) {
            where.append(" AND c.rfm_recency >= ").append(args.add(filter.rfmRecencyMin()));
        }
        if (filter.rfmFrequencyMin() != null) {
            where.append(" AND c.rfm_frequency >= ").append(args.add(filter.rfmFrequencyMin()));
        }
        if (filter.rfmMonetaryMin() != null) {
            where.append(" AND c.rfm_monetary >= ").append(args.add(filter.rfmMonetaryMin()));
        }
        if (after.id() != null) {
            String id = args.add(after.id());
            where.append(switch (sort) {
                case NEWEST_FIRST -> " AND c.id < " + id;
                case NAME -> " AND (c.name, c.id) > (" + args.add(after.key()) + ", " + id + ")";
                case SPEND_DESC -> " AND (c.lifetime_spend, c.id) < (" + args.add(new BigDecimal(after.key())) + ", " + id + ")";
            });
        }
        return new ReadRoot.Selection(FROM, where.toString(), sort.orderBy, sort.cursorSql);
    }

    /**
     * The checkout lookup: the customer of a sales company with this mobile number (or the one that
     * customer was merged into), whose home store
     * is in the scope or who belongs to the caller's own company (a member shops at any store of the
     * company, so every clerk of the company must find them at the till). The company is the caller's
     * own when {@code companyId} is null (none above the companies: then no customer).
     */
    public static ReadRoot.Selection byMobile(Long companyId, String mobile, DataScope scope, SqlArgs args) {
        String company = companyId != null ? args.add(companyId) : callerCompany(scope, args);
        String visible = scope.orgUnitId() == null ? inScope(scope, args) : "(" + inScope(scope, args) + " OR c.company_id = "
                + callerCompany(scope, args) + ")";
        return new ReadRoot.Selection(FROM, "c.id IN (SELECT coalesce(m.merged_into_id, m.id) FROM customer m WHERE m.company_id = " + company
                + " AND m.mobile = " + args.add(mobile) + ") AND " + visible, null, List.of());
    }

    /** Unmerged customers the scope sees, by id or by their current guide: what a reassignment may move. */
    public static ReadRoot.Selection reassignable(DataScope scope, List<Long> ids, Long guideId, SqlArgs args) {
        String which = ids != null ? "c.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")" : "c.guide_id = " + args.add(guideId);
        return new ReadRoot.Selection(FROM, which + " AND c.merged_into_id IS NULL AND " + inScope(scope, args), "c.id", List.of());
    }

    /** A member's favourite categories: where they spent most (net of refunds), at most {@link #FAVOURITE_CATEGORIES}. */
    public static ReadRoot.Selection favouriteCategories(String customerKey) {
        return new ReadRoot.Selection(CATEGORY.from(), "cc.customer_id = " + customerKey + " AND cc.units > 0", "cc.spend DESC, cc.category_id",
                List.of());
    }

    /** The tags of these customers, by name. */
    public static String tagsOf(String customerIds) {
        return "SELECT ct.customer_id, " + TAG.plainColumns() + " FROM " + TAG.from() + " WHERE ct.customer_id = ANY(" + customerIds
                + ") ORDER BY ct.customer_id, ct.name";
    }

    /** The notes of these customers, newest first. */
    public static String notesOf(String customerIds) {
        return "SELECT cn.customer_id, " + NOTE.plainColumns() + " FROM " + NOTE.from() + " WHERE cn.customer_id = ANY(" + customerIds
                + ") ORDER BY cn.customer_id, cn.id DESC";
    }

    /** A customer is in a scope when their home store is: a clerk sees their store's members, a dealer its subtree, HQ all. */
    static String inScope(DataScope scope, SqlArgs args) {
        return "(" + scope.predicate("s.path", null, args) + ")";
    }

    /** The sales company of the caller's own org unit, as SQL: NULL above the companies and for callers without one. */
    private static String callerCompany(DataScope scope, SqlArgs args) {
        return scope.orgUnitId() == null ? "NULL"
                : "(SELECT a.id FROM org_unit a, org_unit u WHERE u.id = " + args.add(scope.orgUnitId())
                        + " AND u.path LIKE a.path || '%' AND a.type = 'SALES_COMPANY')";
    }
}
