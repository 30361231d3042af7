package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a customer returns goods. */
@Description("Why a customer returns goods.")
public enum ReturnReason {
    @Description("It does not work.")
    DEFECTIVE,
    @Description("Not what was bought.")
    WRONG_ITEM,
    @Description("Not as described.")
    NOT_AS_DESCRIBED,
    @Description("The customer changed their mind.")
    CHANGED_MIND,
    @Description("Another reason (see the note).")
    OTHER
}
