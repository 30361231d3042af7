package com.newretail.inventory.domain;

import java.util.Collection;
import java.util.List;

/**
 * Optimistic concurrency for inventory documents: a change names the version it was based on; the
 * row is locked, and a stale version or a status that does not allow the change refuses it.
 */
public record Versioned(long id, String status, int version) {

    /** The problems that refuse a change based on {@code expectedVersion} from one of {@code allowed}. */
    public List<InventoryProblem> refusal(int expectedVersion, Collection<String> allowed, String action) {
        if (version != expectedVersion) {
            return List.of(InventoryProblem.of(InventoryErrorCode.STALE_VERSION, "It was changed meanwhile: version is " + version
                    + ", not " + expectedVersion, "expectedVersion"));
        }
        if (!allowed.contains(status)) {
            return List.of(InventoryProblem.of(InventoryErrorCode.INVALID_STATUS, "Cannot " + action + " when " + status, "id"));
        }
        return List.of();
    }
}
