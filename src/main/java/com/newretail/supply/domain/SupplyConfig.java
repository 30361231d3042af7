package com.newretail.supply.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Replenishment defaults for warehouses without a policy, and the nightly run. */
@ConfigMapping(prefix = "newretail.supply")
public interface SupplyConfig {

    /** Days from ordering to goods on the shelf. */
    @WithDefault("3")
    int defaultLeadTimeDays();

    /** Days of sales an order should cover once it arrives. */
    @WithDefault("14")
    int defaultCoverDays();

    /** When the nightly run drafts requests for every store warehouse (a Quartz-style cron, store-local time; "off" disables it). */
    @WithDefault("0 30 2 * * ?")
    String nightlyCron();
}
