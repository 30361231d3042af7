package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.organization.domain.PositionDraft;
import com.newretail.platform.scope.DataScopeKind;

/** Fields of {@code positionCreate} and {@code positionUpdate}. */
@Input("PositionInput")
@Description("Fields of a position. Creating needs code, name, realmRoles and dataScope; updating changes only those given.")
public class PositionInput {

    @Description("Business code: 1-32 letters, digits, '-' or '_'. Unique.")
    public String code;

    @Description("Display name, 1-120 characters.")
    public String name;

    @Description("What the job is, at most 500 characters.")
    public String description;

    @Description("Realm roles holders get; each must be a product role (see `me.roles` of an admin).")
    public List<String> realmRoles;

    @Description("How far holders see from their org unit. NONE is not allowed.")
    public DataScopeKind dataScope;

    PositionDraft toDraft() {
        return new PositionDraft(code, name, description, realmRoles, dataScope);
    }
}
