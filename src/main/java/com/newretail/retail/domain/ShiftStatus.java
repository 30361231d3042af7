package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** Whether a cash drawer shift is running. */
@Description("Whether a cash drawer shift is running.")
public enum ShiftStatus {
    @Description("Running: sales and cash moves count toward it.")
    OPEN,
    @Description("Closed with counted cash.")
    CLOSED
}
