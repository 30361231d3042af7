package com.newretail.platform.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.Config;

import com.newretail.platform.security.OperationRules;
import com.newretail.platform.security.TypeRules;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Resolves global IDs to objects through the owning module's {@link NodeLoader}, after the type's
 * role rule (see {@link TypeRules}), so no loader can forget it.
 */
@ApplicationScoped
public class Nodes {

    private final Map<String, NodeLoader> loaders;
    private final TypeRules typeRules;
    private final OperationRules rules;
    private final SecurityIdentity identity;

    public Nodes(Instance<NodeLoader> loaders, Config config, OperationRules rules, SecurityIdentity identity) {
        this.loaders = loaders.stream().collect(Collectors.toMap(NodeLoader::type, Function.identity()));
        this.typeRules = TypeRules.from(config);
        this.rules = rules;
        this.identity = identity;
    }

    /** The object for {@code node(id:)}; fails for an unknown type and for a type the caller's roles may not read. */
    public Uni<Node> one(String id) {
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

    /**
     * The objects of a field typed {@code Node}, in the order of {@code ids}, one query per type: null
     * where an object does not exist, is outside the caller's data scope, or its type is one the
     * caller's roles may not read (or no module serves).
     */
    public Uni<List<Node>> all(List<GlobalId.Typed> ids) {
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        ids.forEach(id -> byType.computeIfAbsent(id.type(), type -> new ArrayList<>()).add(id.id()));
        List<Uni<Map.Entry<String, Map<Long, Node>>>> loads = new ArrayList<>();
        byType.forEach((type, typeIds) -> {
            NodeLoader loader = loaders.get(type);
            if (loader != null && readable(type)) {
                loads.add(loader.loadAll(typeIds.stream().distinct().toList()).map(found -> Map.entry(type, found)));
            }
        });
        if (loads.isEmpty()) {
            List<Node> none = new ArrayList<>(Collections.nCopies(ids.size(), (Node) null));
            return Uni.createFrom().item(none);
        }
        return Uni.join().all(loads).andFailFast().map(found -> {
            Map<String, Map<Long, Node>> nodes = found.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<Node> ordered = new ArrayList<>(ids.size());
            ids.forEach(id -> ordered.add(nodes.getOrDefault(id.type(), Map.of()).get(id.id())));
            return ordered;
        });
    }

    private boolean readable(String type) {
        return typeRules.operationFor(type).map(rule -> rules.allows(rule, identity)).orElse(false);
    }
}
