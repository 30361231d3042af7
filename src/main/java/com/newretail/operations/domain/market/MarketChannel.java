package com.newretail.operations.domain.market;

import org.eclipse.microprofile.graphql.Description;

/** Where a market price was seen. */
@Description("Where a market price was seen.")
public enum MarketChannel {
    @Description("In a physical store (a competitor's, or another retailer of our goods).")
    STORE,
    @Description("Online (a marketplace or a brand shop).")
    ONLINE,
    @Description("At wholesale.")
    WHOLESALE
}
