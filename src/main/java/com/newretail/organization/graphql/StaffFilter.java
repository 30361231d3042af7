package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.organization.domain.StaffStatus;

/** Filters of {@code staffMembers}. */
@Input("StaffFilter")
@Description("Narrows a staff list. All given conditions must hold.")
public class StaffFilter {

    @Id
    @Description("Only staff of this org unit.")
    public String orgUnitId;

    @Description("With orgUnitId: also staff of every unit below it.")
    public Boolean includeDescendants;

    @Id
    @Description("Only holders of this position.")
    public String positionId;

    @Description("Only staff with this status.")
    public StaffStatus status;

    @Description("Name contains this text, or employee number or mobile equals it.")
    public String search;
}
