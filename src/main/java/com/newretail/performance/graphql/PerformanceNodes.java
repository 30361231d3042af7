package com.newretail.performance.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;

/** {@code node(id:)} for targets and proposals, through their own queries and so their rules and visibility. */
@Singleton
public class PerformanceNodes {

    @Produces
    @Singleton
    NodeLoader targets(PerformanceGraphQL queries) {
        return NodeLoader.of(SalesTarget.TYPE, id -> queries.salesTarget(GlobalId.encode(SalesTarget.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader adjustments(PerformanceGraphQL queries) {
        return NodeLoader.of(TargetAdjustment.TYPE, id -> queries.targetAdjustment(GlobalId.encode(TargetAdjustment.TYPE, id)));
    }
}
