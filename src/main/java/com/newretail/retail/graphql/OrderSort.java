package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;

/** Order of the order list. */
@Description("Order of the order list.")
public enum OrderSort {
    @Description("Newest first (default).")
    NEWEST_FIRST,
    @Description("Oldest first.")
    OLDEST_FIRST
}
