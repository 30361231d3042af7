package com.newretail.performance.domain;

import org.eclipse.microprofile.graphql.Description;

/** How a parent's month target is split to its children. */
@Description("How a unit's month target is split to its children (a store's: its active staff).")
public enum AllocationRule {
    @Description("The same amount for each child (cents left over go to the first children).")
    EQUAL,
    @Description("In proportion to each child's sales in the same month a year earlier (equally when none sold).")
    LAST_YEAR_SHARE,
    @Description("As given in `shares`, which must add up to the parent's target.")
    MANUAL
}
