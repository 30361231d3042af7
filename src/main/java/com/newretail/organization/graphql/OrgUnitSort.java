package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;

/** Orders of an org unit list. */
@Description("How to order a list of org units (ties are broken by creation order).")
public enum OrgUnitSort {
    @Description("By name, A to Z.")
    NAME,
    @Description("By code, ascending.")
    CODE
}
