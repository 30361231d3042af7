package com.newretail.platform.reads;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/** Every module's read models and read roots, by model name (the type, unless named otherwise) and by root field name. */
@Singleton
public class ReadModels {

    /**
     * The aliases of the planner's own statements (PlannedReads, ReadRoot.Selection): a root's rows are
     * wrapped as {@code r}, so a model joined beside them (an inlined list) must not be called so.
     */
    static final java.util.Set<String> PLANNER_ALIASES = java.util.Set.of("r", "x", "k");

    private final Map<String, ReadModel> byType = new HashMap<>();
    private final Map<String, ReadRoot> byRoot = new HashMap<>();
    private final Map<String, ReadModelSource.NodeRead> nodes = new HashMap<>();

    public ReadModels(Instance<ReadModelSource> sources) {
        java.util.List<ReadModelSource.Extension> extensions = new java.util.ArrayList<>();
        for (ReadModelSource source : sources) {
            extensions.addAll(source.readExtensions());
            source.readModels().forEach(model -> {
                model.alias().filter(PLANNER_ALIASES::contains).ifPresent(alias -> {
                    throw new IllegalStateException("The read model of " + model.type() + " uses the planner's alias " + alias);
                });
                if (byType.putIfAbsent(model.name(), model) != null) {
                    throw new IllegalStateException("Two read models named " + model.name());
                }
            });
            source.readNodes().forEach(node -> {
                if (nodes.putIfAbsent(node.type(), node) != null) {
                    throw new IllegalStateException("Two node reads of " + node.type());
                }
            });
            source.readRoots().forEach(root -> {
                if (byRoot.putIfAbsent(root.field(), root) != null) {
                    throw new IllegalStateException("Two read roots named " + root.field());
                }
            });
        }
        for (ReadModelSource.Extension extension : extensions) {
            ReadModel model = byType.get(extension.type());
            if (model != null) {
                ReadField read = extension.read();
                if (read instanceof ReadField.Paged paged && paged.keySql() == null) {
                    read = new ReadField.Paged(paged.type(), model.keySql(), paged.childKeySql(), paged.aliases(), paged.rows());
                }
                if (read instanceof ReadField.Scoped scoped && scoped.keySql() == null) {
                    // The parent's key: a module extending another's type need not know its SQL.
                    read = new ReadField.Scoped(scoped.type(), model.keySql(), scoped.childKeySql(), scoped.perParent(), scoped.aliases(),
                            scoped.joinedOn(), scoped.rows());
                }
                byType.put(extension.type(), model.with(extension.field(), read));
            }
        }
    }

    public Optional<ReadModel> model(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** How {@code node(id:)} reads objects of {@code type}. */
    public Optional<ReadModelSource.NodeRead> node(String type) {
        return Optional.ofNullable(nodes.get(type));
    }

    public Optional<ReadRoot> root(String field) {
        return Optional.ofNullable(byRoot.get(field));
    }
}
