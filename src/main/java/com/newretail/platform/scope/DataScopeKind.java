package com.newretail.platform.scope;

import org.eclipse.microprofile.graphql.Description;

/** How far a caller's view reaches from their own org unit. */
@Description("How much of the channel tree a person may see and change.")
public enum DataScopeKind {
    @Description("The whole channel (headquarters-wide roles).")
    ALL,
    @Description("Their own org unit and everything below it.")
    ORG_AND_DESCENDANTS,
    @Description("Their own org unit only.")
    ORG_ONLY,
    @Description("Only records about themselves; org-level objects of their own unit.")
    SELF,
    @Description("Nothing: the caller is not bound to any org unit.")
    NONE
}
