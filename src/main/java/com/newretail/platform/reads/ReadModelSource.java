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

    /** A field of {@code type} declared by a module other than the type's own. */
    record Extension(String type, String field, ReadField read) {
    }
}
