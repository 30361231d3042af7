package com.newretail.customer.persistence;

import java.util.List;

import com.newretail.platform.persistence.Like;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The read model of customers and which of them a caller sees. */
public final class CustomerReadModels {

    public static final ReadModel CUSTOMER = ReadModel.of("Customer", "customer c", "c.id")
            .id("id")
            .scalar("mobile", "c.mobile", Codec.STRING)
            .scalar("name", "c.name", Codec.STRING)
            .scalar("createdAt", "c.created_at", Codec.DATE_TIME)
            .one("company", "OrgUnit", "c.company_id")
            .one("homeStore", "OrgUnit", "c.home_store_id")
            .build();

    /** The FROM of {@link #byIds}: the customer and their home store. */
    public static final String FROM = "customer c JOIN org_unit s ON s.id = c.home_store_id";

    private CustomerReadModels() {
    }

    /** Customers by id that the scope sees. */
    public static ReadRoot.Selection byIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(FROM, "c.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + visible(scope, args), null,
                List.of());
    }

    /** Customers the scope sees, newest first before {@code beforeId}; optionally of one home store or matching a mobile/name prefix. */
    public static ReadRoot.Selection customers(DataScope scope, Long homeStoreId, String search, Long beforeId, SqlArgs args) {
        StringBuilder where = new StringBuilder(visible(scope, args));
        if (homeStoreId != null) {
            where.append(" AND c.home_store_id = ").append(args.add(homeStoreId));
        }
        if (search != null && !search.isBlank()) {
            String prefix = args.add(Like.escape(search.trim()) + "%");
            where.append(" AND (c.mobile LIKE ").append(prefix).append(" OR c.name ILIKE ").append(prefix).append(")");
        }
        if (beforeId != null) {
            where.append(" AND c.id < ").append(args.add(beforeId));
        }
        return new ReadRoot.Selection(FROM, where.toString(), "c.id DESC", List.of("c.id"));
    }

    /**
     * The customer of a sales company with this mobile number, if the scope sees them; the company is
     * the caller's own when {@code companyId} is null (none above the companies: then no customer).
     */
    public static ReadRoot.Selection byMobile(Long companyId, String mobile, DataScope scope, SqlArgs args) {
        String company = companyId != null ? args.add(companyId) : callerCompany(scope, args);
        return new ReadRoot.Selection(FROM, "c.company_id = " + company + " AND c.mobile = " + args.add(mobile) + " AND " + visible(scope, args),
                null, List.of());
    }

    /**
     * A customer is visible when their home store is inside the scope, or when they belong to the sales
     * company of the caller's own org unit: a member can shop at any store of the company, so every
     * clerk of the company must be able to find them at checkout.
     */
    static String visible(DataScope scope, SqlArgs args) {
        String byStore = scope.predicate("s.path", null, args);
        if (scope.orgUnitId() == null) {
            return "(" + byStore + ")";
        }
        return "(" + byStore + " OR c.company_id = " + callerCompany(scope, args) + ")";
    }

    /** The sales company of the caller's own org unit, as SQL: NULL above the companies and for callers without one. */
    private static String callerCompany(DataScope scope, SqlArgs args) {
        return scope.orgUnitId() == null ? "NULL"
                : "(SELECT a.id FROM org_unit a, org_unit u WHERE u.id = " + args.add(scope.orgUnitId())
                        + " AND u.path LIKE a.path || '%' AND a.type = 'SALES_COMPANY')";
    }
}
