package com.newretail.customer.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.persistence.CustomerReadModels;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.graphql.Staff;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The customer module's part of the planner: the read models of customers, their tags and notes,
 * {@code customer(id:)}, {@code customerByMobile} and {@code customers}.
 */
@ApplicationScoped
class CustomerReads implements ReadModelSource {

    /** The aliases of the customers' FROM (the customer and their home store). */
    private static final Set<String> ALIASES = Set.of("c", "s");
    private static final Set<String> FILTER_FIELDS = Set.of("homeStoreId", "search", "tag", "level", "guideId", "spendMin", "spendMax",
            "lastPurchaseFrom", "lastPurchaseTo", "smsConsent", "rfmRecencyMin", "rfmFrequencyMin", "rfmMonetaryMin");

    @Override
    public List<ReadModel> readModels() {
        return List.of(CustomerReadModels.CUSTOMER, CustomerReadModels.CATEGORY, CustomerReadModels.TAG, CustomerReadModels.NOTE);
    }

    /** {@code node(id:)} of a customer: as {@code customer(id:)}, which its node loader calls. */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Customer.TYPE, "customer", ALIASES, CustomerReadModels::byIdFollowingMerges));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("customer", Customer.TYPE, false, ALIASES, (arguments, page, scope, args) ->
                CustomerReadModels.byIdFollowingMerges(GlobalId.decode(arguments.string("id"), Customer.TYPE), scope, args)),
                new ReadRoot("customerByMobile", Customer.TYPE, false, ALIASES, (arguments, page, scope, args) ->
                        CustomerReadModels.byMobile(arguments.string("companyId") == null ? null
                                : GlobalId.decode(arguments.string("companyId"), OrgUnit.TYPE), arguments.string("mobile").trim(), scope, args)),
                new ReadRoot("customers", Customer.TYPE, true, ALIASES, CustomerReads::customers));
    }

    /** As {@code CustomerGraphQL.customers}. */
    private static ReadRoot.Selection customers(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        CustomerReadModels.Sort sort = sort(arguments.string("sortBy"));
        return CustomerReadModels.customers(scope, filter(arguments.object("where")), sort, after(page, sort), args);
    }

    private static CustomerReadModels.Filter filter(Arguments where) {
        if (where == null) {
            return CustomerReadModels.Filter.NONE;
        }
        if (!FILTER_FIELDS.containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        return new CustomerReadModels.Filter(id(where.string("homeStoreId"), OrgUnit.TYPE), where.string("search"), where.string("tag"),
                where.string("level"), id(where.string("guideId"), Staff.TYPE),
                where.decimal("spendMin"), where.decimal("spendMax"), where.dateTime("lastPurchaseFrom"), where.dateTime("lastPurchaseTo"),
                where.bool("smsConsent"), where.integer("rfmRecencyMin"), where.integer("rfmFrequencyMin"), where.integer("rfmMonetaryMin"));
    }

    private static Long id(String globalId, String type) {
        return globalId == null ? null : GlobalId.decode(globalId, type);
    }

    /** The list's order by the {@code sortBy} value's name; newest first by default. */
    static CustomerReadModels.Sort sort(String sortBy) {
        return sortBy == null ? CustomerReadModels.Sort.NEWEST_FIRST : CustomerReadModels.Sort.valueOf(sortBy);
    }

    /** Where a page of the sort starts: the id alone for the newest first, else the sort key and the id. */
    static CustomerReadModels.After after(PageRequest page, CustomerReadModels.Sort sort) {
        if (page.after() == null) {
            return CustomerReadModels.After.START;
        }
        if (sort == CustomerReadModels.Sort.NEWEST_FIRST) {
            return new CustomerReadModels.After(null, page.afterId());
        }
        List<String> parts = Cursor.decode(page.after(), 2);
        try {
            if (sort == CustomerReadModels.Sort.SPEND_DESC) {
                new java.math.BigDecimal(parts.get(0));
            }
            return new CustomerReadModels.After(parts.get(0), Long.parseLong(parts.get(1)));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'after' is not a valid cursor");
        }
    }
}
