package com.newretail.platform.mutation;

import java.util.List;
import java.util.Map;

/**
 * What a use case hands back to the {@link MutationFrame}: the object it created or changed, or the
 * refusals that stopped it (then nothing was changed and the transaction rolls back).
 */
public interface Result<V> {

    /** The created or changed object (an id or a view); null when refused. */
    V value();

    List<? extends Refusal<?>> problems();

    /** The audited fields of the object before the change; empty for creations. */
    default Map<String, Object> before() {
        return Map.of();
    }

    default boolean succeeded() {
        return problems().isEmpty();
    }
}
