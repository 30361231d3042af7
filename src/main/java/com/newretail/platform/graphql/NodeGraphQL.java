package com.newretail.platform.graphql;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.newretail.platform.security.OperationRules;
import com.newretail.platform.security.TypeRules;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The Relay {@code node(id:)} root field, dispatching to the module that owns the type. The type's
 * rule (see {@link TypeRules}) is applied here, before any loader runs, so no loader can forget it.
 */
@GraphQLApi
public class NodeGraphQL {

    private final Map<String, NodeLoader> loaders;
    private final TypeRules typeRules;
    private final OperationRules rules;
    private final SecurityIdentity identity;

    public NodeGraphQL(Instance<NodeLoader> loaders, Config config, OperationRules rules, SecurityIdentity identity) {
        this.loaders = loaders.stream().collect(Collectors.toMap(NodeLoader::type, Function.identity()));
        this.typeRules = TypeRules.from(config);
        this.rules = rules;
        this.identity = identity;
    }

    @Query("node")
    @RolesAllowed("${newretail.rules.node}")
    @Description("Fetches any object by its global ID. Null when it does not exist or is outside your data scope.")
    public Uni<Node> node(@Name("id") @Id @NonNull @Description("A global ID, as returned in any `id` field.") String id) {
        GlobalId.Typed typed = GlobalId.parse(id);
        NodeLoader loader = loaders.get(typed.type());
        if (loader == null) {
            throw new InvalidGlobalIdException(id, "is not the ID of any known type");
        }
        String rule = typeRules.operationFor(typed.type())
                .orElseThrow(() -> new ForbiddenException("No role may read objects of type " + typed.type()));
        rules.require(rule, identity);
        return loader.load(typed.id()).map(Node.class::cast);
    }
}
