package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** Cash put into or taken out of a drawer outside sales. */
@Description("Cash put into or taken out of a drawer outside sales (e.g. more change, a bank drop).")
public enum CashMoveKind {
    @Description("Cash put in.")
    CASH_IN,
    @Description("Cash taken out.")
    CASH_OUT
}
