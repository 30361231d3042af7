package com.newretail.inventory.domain;

import com.newretail.platform.mutation.Outcome;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.newretail.inventory.persistence.DocumentLocks.Locked;

/**
 * Optimistic concurrency for inventory documents: a change names the version it was based on; the
 * row is locked (see {@code DocumentLocks}), and a stale version or a status that does not allow the
 * change refuses it.
 */
final class VersionCheck {

    private VersionCheck() {
    }

    /** Null when the change may go ahead; else the refusal (NOT_FOUND "No such {@code what}", STALE_VERSION, INVALID_STATUS). */
    static Outcome<Long> refusal(Optional<Locked> row, String what, int expectedVersion, Collection<String> allowed, String action) {
        if (row.isEmpty()) {
            return Outcome.refused(InventoryErrorCode.NOT_FOUND, "No such " + what, "id");
        }
        if (row.get().version() != expectedVersion) {
            return Outcome.refused(List.of(InventoryProblem.of(InventoryErrorCode.STALE_VERSION, "It was changed meanwhile: version is "
                    + row.get().version() + ", not " + expectedVersion, "expectedVersion")));
        }
        if (!allowed.contains(row.get().status())) {
            return Outcome.refused(List.of(InventoryProblem.of(InventoryErrorCode.INVALID_STATUS, "Cannot " + action + " when "
                    + row.get().status(), "id")));
        }
        return null;
    }
}
