package com.newretail.customer.persistence;

import java.util.List;

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
        return "(" + byStore + " OR c.company_id = (SELECT a.id FROM org_unit a, org_unit u WHERE u.id = " + args.add(scope.orgUnitId())
                + " AND u.path LIKE a.path || '%' AND a.type = 'SALES_COMPANY'))";
    }
}
