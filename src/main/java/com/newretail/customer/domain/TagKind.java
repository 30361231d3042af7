package com.newretail.customer.domain;

import org.eclipse.microprofile.graphql.Description;

/** Who set a tag. */
@Description("Who set a customer tag.")
public enum TagKind {
    @Description("Set by staff with customerTag; removed with customerUntag.")
    MANUAL,
    @Description("Set by a rule of the service (e.g. from purchases or survey answers); staff cannot remove it.")
    SYSTEM
}
