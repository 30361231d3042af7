package com.newretail.retail.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadField;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.retail.persistence.RetailReadModels;

/**
 * The retail module's part of the planner: order and order line read models, and the {@code orders}
 * and {@code order(id:)} roots, whose arguments become the same list query the resolvers build.
 */
@ApplicationScoped
class RetailReads implements ReadModelSource {

    private static final Set<String> FILTER_FIELDS = Set.of("storeId", "orgUnitId", "status", "from", "to", "customerId", "salespersonId",
            "skuId", "minTotal", "maxTotal");

    private static final Set<String> ALIASES = RetailReadModels.ORDER_ALIASES;

    @Override
    public List<ReadModel> readModels() {
        return List.of(RetailReadModels.ORDER, RetailReadModels.ORDER_LINE, RetailReadModels.ORDER_RETURN, RetailReadModels.RETURN_LINE,
                RetailReadModels.REFUND);
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(
                new ReadRoot("orders", Order.TYPE, true, ALIASES, (arguments, page, scope, args) -> RetailReadModels.orders(scope,
                        OrderGraphQL.query(filter(arguments.object("where"))), null, page.afterId(),
                        "OLDEST_FIRST".equals(arguments.string("sortBy")), args)),
                new ReadRoot("order", Order.TYPE, false, ALIASES, (arguments, page, scope, args) -> RetailReadModels.orders(scope,
                        OrderGraphQL.query(null), List.of(GlobalId.decode(arguments.string("id"), Order.TYPE)), null, false, args)),
                new ReadRoot("orderReturn", OrderReturn.TYPE, false, RetailReadModels.RETURN_ALIASES, (arguments, page, scope, args) -> RetailReadModels
                        .returns(List.of(GlobalId.decode(arguments.string("id"), OrderReturn.TYPE)), null, scope, args)));
    }

    /** {@code node(id:)} of an order: as {@code order(id:)}, which its node loader calls. */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Order.TYPE, "order", ALIASES, (id, scope, args) -> RetailReadModels.orders(scope, OrderGraphQL.query(null),
                List.of(id), null, false, args)),
                new NodeRead(OrderReturn.TYPE, "orderReturn", RetailReadModels.RETURN_ALIASES, (id, scope, args) -> RetailReadModels.returns(List.of(id),
                        null, scope, args)));
    }

    /** {@code Customer.orders}: each customer's page, as {@code OrderGraphQL.customerOrders} reads it. */
    @Override
    public List<Extension> readExtensions() {
        return List.of(new Extension(com.newretail.customer.graphql.Customer.TYPE, "orders", new ReadField.Paged(Order.TYPE, null,
                "o.customer_id", ALIASES, (customer, arguments, page, scope, args) -> RetailReadModels.customerOrders(customer, scope,
                        page.afterId(), args))));
    }

    /** The filter as the resolver receives it; anything unexpected is refused, so SmallRye answers. */
    private static RetailInputs.OrderFilter filter(Arguments where) {
        if (where == null) {
            return null;
        }
        if (!FILTER_FIELDS.containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        RetailInputs.OrderFilter filter = new RetailInputs.OrderFilter();
        filter.storeId = where.string("storeId");
        filter.orgUnitId = where.string("orgUnitId");
        filter.status = where.string("status");
        filter.from = where.dateTime("from");
        filter.to = where.dateTime("to");
        filter.customerId = where.string("customerId");
        filter.salespersonId = where.string("salespersonId");
        filter.skuId = where.string("skuId");
        filter.minTotal = where.decimal("minTotal") == null ? null : new DecimalValue(where.decimal("minTotal"));
        filter.maxTotal = where.decimal("maxTotal") == null ? null : new DecimalValue(where.decimal("maxTotal"));
        return filter;
    }
}
