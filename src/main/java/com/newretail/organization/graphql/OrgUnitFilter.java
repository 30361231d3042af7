package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.organization.domain.OrgUnitType;

/** Filters of {@code orgUnits}. */
@Input("OrgUnitFilter")
@Description("Narrows a list of org units. All given conditions must hold.")
public class OrgUnitFilter {

    @Description("Only units of this type.")
    public OrgUnitType type;

    @Id
    @Description("Only direct children of this unit.")
    public String parentId;

    @Id
    @Description("Only units anywhere below this unit (not the unit itself).")
    public String descendantOf;

    @Description("Only units whose name contains this text (case-insensitive).")
    public String nameContains;
}
