package com.newretail.platform.graphql;

import io.smallrye.mutiny.Uni;

/**
 * Each module registers one loader per node type so that {@code node(id:)} resolves it. A loader
 * applies the same role and data-scope rules as the module's own queries and answers null for an
 * object the caller may not see.
 */
public interface NodeLoader {

    /** The type name encoded in the global ID, e.g. {@code OrgUnit}. */
    String type();

    Uni<? extends Node> load(long id);

    /** A loader from a function; the function must apply the owning type's role rule and data scope. */
    static NodeLoader of(String type, java.util.function.Function<Long, Uni<? extends Node>> load) {
        return new NodeLoader() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Uni<? extends Node> load(long id) {
                return load.apply(id);
            }
        };
    }
}
