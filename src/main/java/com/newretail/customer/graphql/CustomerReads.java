package com.newretail.customer.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.persistence.CustomerReadModels;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;

/** The customer module's part of the planner: the customer read model and {@code customer(id:)}. */
@ApplicationScoped
class CustomerReads implements ReadModelSource {

    @Override
    public List<ReadModel> readModels() {
        return List.of(CustomerReadModels.CUSTOMER);
    }

    /** {@code node(id:)} of a customer: as {@code customer(id:)}, which its node loader calls. */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Customer.TYPE, "customer", Set.of("c", "s"), (id, scope, args) -> CustomerReadModels.byIds(List.of(id),
                scope, args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("customer", Customer.TYPE, false, Set.of("c", "s"), (arguments, page, scope, args) ->
                CustomerReadModels.byIds(List.of(GlobalId.decode(arguments.string("id"), Customer.TYPE)), scope, args)));
    }
}
