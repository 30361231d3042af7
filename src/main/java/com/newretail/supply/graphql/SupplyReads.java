package com.newretail.supply.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.graphql.Warehouse;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.supply.persistence.SupplyReadModels;

/**
 * The supply module's part of the planner: replenishment requests and their lines, and a store
 * warehouse's policies. Suggestions are computed, so they stay with their resolver.
 */
@ApplicationScoped
class SupplyReads implements ReadModelSource {

    @Override
    public List<ReadModel> readModels() {
        return List.of(SupplyReadModels.REQUEST, SupplyReadModels.LINE, SupplyReadModels.POLICY);
    }

    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(ReplenishmentRequest.TYPE, "replenishmentRequest", SupplyReadModels.ALIASES,
                (id, scope, args) -> SupplyReadModels.byIds(List.of(id), scope, args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(
                new ReadRoot("replenishmentRequest", ReplenishmentRequest.TYPE, false, SupplyReadModels.ALIASES, (arguments, page, scope, args) ->
                        SupplyReadModels.byIds(List.of(GlobalId.decode(arguments.string("id"), ReplenishmentRequest.TYPE)), scope, args)),
                new ReadRoot("replenishmentRequests", ReplenishmentRequest.TYPE, true, SupplyReadModels.ALIASES, (arguments, page, scope, args) ->
                        SupplyReadModels.requests(SupplyGraphQL.filter(arguments.string("warehouseId"), arguments.string("sourceWarehouseId"),
                                arguments.string("status")), scope, page.afterId(), args)),
                // As SupplyGraphQL.replenishmentPolicies: none unless the scope sees the warehouse and it is a store's.
                ReadRoot.list("replenishmentPolicies", "ReplenishmentPolicy", SupplyReadModels.POLICY_ALIASES, (arguments, page, scope, args) ->
                        SupplyReadModels.policies(SupplyReadModels.visibleStoreWarehouse(GlobalId.decode(arguments.string("warehouseId"),
                                Warehouse.TYPE), scope, args))));
    }
}
