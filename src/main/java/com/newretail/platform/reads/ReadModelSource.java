package com.newretail.platform.reads;

import java.util.List;

/** A module's contribution to the planner: its read models and the root fields they serve. One bean per module. */
public interface ReadModelSource {

    List<ReadModel> readModels();

    default List<ReadRoot> readRoots() {
        return List.of();
    }

    /** Fields this module resolves on another module's types ({@code Sku.stockLevels}). */
    default List<Extension> readExtensions() {
        return List.of();
    }

    /** How {@code node(id:)} reads this module's types: as the type's {@code NodeLoader} does. */
    default List<NodeRead> readNodes() {
        return List.of();
    }

    /**
     * {@code node(id:)} for objects of {@code type}: the operation rule its loader requires (besides
     * {@code node} and the type's rule), the aliases of its FROM, and the rows of one id in the scope.
     */
    record NodeRead(String type, String rule, java.util.Set<String> aliases, Rows rows) {

        @FunctionalInterface
        public interface Rows {
            ReadRoot.Selection select(long id, com.newretail.platform.scope.DataScope scope, com.newretail.platform.scope.SqlArgs args);
        }
    }

    /** A field of {@code type} declared by a module other than the type's own. */
    record Extension(String type, String field, ReadField read) {
    }
}
