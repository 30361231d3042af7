package com.newretail.inventory.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The inventory module's settings ({@code newretail.inventory.*}). */
@ConfigMapping(prefix = "newretail.inventory")
public interface InventoryConfig {

    /** Stocktakes. */
    Stocktake stocktake();

    /** How often reservations past their expiry are released (a scheduler interval such as {@code 30s}). */
    @WithDefault("30s")
    String reservationSweep();

    /** Stocktake settings. */
    interface Stocktake {

        /** A stocktake whose Σ|variance| (units gained + units lost) is above this waits for a manager. */
        @WithDefault("10")
        int approvalThresholdUnits();
    }
}
