package com.newretail.customer.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.persistence.CustomerReadModels;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The customer module's part of the planner: the customer read model, {@code customer(id:)}, {@code customerByMobile} and {@code customers}. */
@ApplicationScoped
class CustomerReads implements ReadModelSource {

    /** The aliases of the customers' FROM (the customer and their home store). */
    private static final Set<String> ALIASES = Set.of("c", "s");

    @Override
    public List<ReadModel> readModels() {
        return List.of(CustomerReadModels.CUSTOMER);
    }

    /** {@code node(id:)} of a customer: as {@code customer(id:)}, which its node loader calls. */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Customer.TYPE, "customer", ALIASES, (id, scope, args) -> CustomerReadModels.byIds(List.of(id),
                scope, args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("customer", Customer.TYPE, false, ALIASES, (arguments, page, scope, args) ->
                CustomerReadModels.byIds(List.of(GlobalId.decode(arguments.string("id"), Customer.TYPE)), scope, args)),
                new ReadRoot("customerByMobile", Customer.TYPE, false, ALIASES, (arguments, page, scope, args) ->
                        CustomerReadModels.byMobile(arguments.string("companyId") == null ? null
                                : GlobalId.decode(arguments.string("companyId"), OrgUnit.TYPE), arguments.string("mobile").trim(), scope, args)),
                new ReadRoot("customers", Customer.TYPE, true, ALIASES, CustomerReads::customers));
    }

    /** As {@code CustomerGraphQL.customers}. */
    private static ReadRoot.Selection customers(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !Set.of("homeStoreId", "search").containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        Long store = where == null || where.string("homeStoreId") == null ? null : GlobalId.decode(where.string("homeStoreId"), OrgUnit.TYPE);
        return CustomerReadModels.customers(scope, store, where == null ? null : where.string("search"), page.afterId(), args);
    }
}
