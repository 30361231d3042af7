package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.organization.domain.OrgUnitDraft;
import com.newretail.organization.domain.OrgUnitType;

/** Fields of {@code orgUnitCreate} and {@code orgUnitUpdate}. */
@Input("OrgUnitInput")
@Description("Fields of an org unit. Creating needs all of them; updating changes only those given.")
public class OrgUnitInput {

    @Description("Business code: 1-32 letters, digits, '-' or '_'. Unique in the whole tree.")
    public String code;

    @Description("Display name, 1-120 characters.")
    public String name;

    @Description("Level in the tree. Fixed once created.")
    public OrgUnitType type;

    OrgUnitDraft toDraft() {
        return new OrgUnitDraft(code, name, type);
    }
}
