package com.newretail.customer.domain;

import org.eclipse.microprofile.graphql.Description;

/** Profile fields {@code customerUpdate} can empty (a null input field leaves a field as it is). */
@Description("Profile fields `customerUpdate` can empty; a field left out of the input keeps its value.")
public enum CustomerClearable {
    @Description("The gender becomes unknown.")
    GENDER,
    @Description("The birthday becomes unknown.")
    BIRTHDAY,
    @Description("The customer has no shopping guide.")
    GUIDE
}
