package com.newretail.customer.domain;

import org.eclipse.microprofile.graphql.Description;

/** A member's gender as they gave it; unknown is null. */
@Description("A member's gender as they gave it.")
public enum Gender {
    @Description("Female.")
    FEMALE,
    @Description("Male.")
    MALE
}
