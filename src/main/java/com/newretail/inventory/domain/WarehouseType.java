package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** What a warehouse is for. */
@Description("Kind of warehouse.")
public enum WarehouseType {
    @Description("Headquarters' central warehouse.")
    CENTRAL,
    @Description("A sales company's regional warehouse.")
    REGIONAL,
    @Description("A dealer's warehouse.")
    DEALER,
    @Description("A store's back room.")
    STORE,
    @Description("Damaged and returned goods, kept apart from sellable stock.")
    DAMAGED
}
