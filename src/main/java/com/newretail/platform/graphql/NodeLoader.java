package com.newretail.platform.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Each module registers one loader per node type so that {@code node(id:)} and fields typed
 * {@code Node} resolve it. A loader applies the same data-scope rules as the module's own queries
 * and answers null (or leaves out) an object the caller may not see; the type's role rule is applied
 * by {@link Nodes} before any loader runs.
 */
public interface NodeLoader {

    /** The type name encoded in the global ID, e.g. {@code OrgUnit}. */
    String type();

    Uni<? extends Node> load(long id);

    /** The visible objects among {@code ids}, by id. The default loads them one at a time. */
    default Uni<Map<Long, Node>> loadAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Node>> loads = ids.stream().map(id -> load(id).map(Node.class::cast)).toList();
        return Uni.join().all(loads).andFailFast().map(nodes -> {
            Map<Long, Node> byId = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                if (nodes.get(i) != null) {
                    byId.put(ids.get(i), nodes.get(i));
                }
            }
            return byId;
        });
    }

    /** A loader from a function; the function must apply the owning type's data scope. */
    static NodeLoader of(String type, Function<Long, Uni<? extends Node>> load) {
        return new One(type, load);
    }

    /** A loader that reads many objects in one query; {@code loadAll} returns the visible ones. */
    static NodeLoader batched(String type, Function<List<Long>, Uni<? extends List<? extends Node>>> loadAll) {
        return new Many(type, loadAll);
    }

    /** Loads one object per call. */
    record One(String type, Function<Long, Uni<? extends Node>> loader) implements NodeLoader {
        @Override
        public Uni<? extends Node> load(long id) {
            return loader.apply(id);
        }
    }

    /** Loads any number of objects per call. */
    record Many(String type, Function<List<Long>, Uni<? extends List<? extends Node>>> loader) implements NodeLoader {
        @Override
        public Uni<? extends Node> load(long id) {
            return loader.apply(List.of(id)).map(nodes -> nodes.isEmpty() ? null : nodes.get(0));
        }

        @Override
        public Uni<Map<Long, Node>> loadAll(List<Long> ids) {
            return loader.apply(ids).map(nodes -> {
                Map<Long, Node> byId = new HashMap<>();
                nodes.forEach(node -> byId.put(GlobalId.parse(node.getId()).id(), node));
                return byId;
            });
        }
    }
}
