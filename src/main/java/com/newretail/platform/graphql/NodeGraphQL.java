package com.newretail.platform.graphql;


import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;


import io.smallrye.mutiny.Uni;

/** The Relay {@code node(id:)} root field; {@link Nodes} dispatches to the module that owns the type. */
@GraphQLApi
public class NodeGraphQL {

    private final Nodes nodes;

    public NodeGraphQL(Nodes nodes) {
        this.nodes = nodes;
    }

    @Query("node")
    @RolesAllowed("${newretail.rules.node}")
    @Description("Fetches any object by its global ID. Null when it does not exist or is outside your data scope.")
    public Uni<Node> node(@Name("id") @Id @NonNull @Description("A global ID, as returned in any `id` field.") String id) {
        return nodes.one(id);
    }
}
