package com.newretail.customer.graphql;

import org.eclipse.microprofile.graphql.Description;

/** Order of the customer list. */
@Description("Order of the customer list.")
public enum CustomerSort {
    @Description("Newest members first (default).")
    NEWEST_FIRST,
    @Description("By name, then by sign-up.")
    NAME,
    @Description("Highest lifetime spend first.")
    SPEND_DESC
}
