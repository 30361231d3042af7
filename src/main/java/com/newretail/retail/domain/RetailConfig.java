package com.newretail.retail.domain;

import java.math.BigDecimal;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The retail module's settings ({@code newretail.retail.*}). */
@ConfigMapping(prefix = "newretail.retail")
public interface RetailConfig {

    /** The time zone of the business day (receipt numbers restart every day per store). */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Returns of an order adding up to more than this need a store manager's approval. */
    @WithDefault("200.00")
    BigDecimal returnApprovalThreshold();
}
