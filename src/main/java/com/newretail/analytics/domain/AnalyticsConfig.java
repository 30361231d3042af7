package com.newretail.analytics.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The channel operations center's settings. */
@ConfigMapping(prefix = "newretail.analytics")
public interface AnalyticsConfig {

    /** The currency dashboards report in: sales in other currencies are left out. */
    @WithDefault("CNY")
    String currency();

    /**
     * How long a computed dashboard is answered again for the same question (unit, scope, period,
     * grouping, rows) before it is computed anew; 0 computes every time.
     */
    @WithDefault("60S")
    java.time.Duration cacheTtl();

    /** The zone of the business day: the dashboard page's "today". */
    @WithDefault("${newretail.retail.time-zone}")
    java.time.ZoneId timeZone();
}
