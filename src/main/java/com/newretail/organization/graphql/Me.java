package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.scope.DataScopeKind;

/** The caller: who the token says they are, where they sit, and what they may do. */
@Type("Me")
@Description("The signed-in user.")
public class Me {

    private final String username;
    private final List<String> roles;
    private final DataScopeKind dataScope;
    private final List<String> allowedOperations;
    private final Staff staff;
    private final OrgUnit orgUnit;
    private final Position position;

    public Me(String username, List<String> roles, DataScopeKind dataScope, List<String> allowedOperations, Staff staff,
            OrgUnit orgUnit, Position position) {
        this.username = username;
        this.roles = roles;
        this.dataScope = dataScope;
        this.allowedOperations = allowedOperations;
        this.staff = staff;
        this.orgUnit = orgUnit;
        this.position = position;
    }

    @NonNull
    @Description("Login name (the token's preferred_username).")
    public String getUsername() {
        return username;
    }

    @NonNull
    @Description("Realm roles granted in Keycloak, sorted.")
    public List<@NonNull String> getRoles() {
        return roles;
    }

    @NonNull
    @Description("How much of the channel tree you see: ALL for headquarters-wide roles, else your position's scope from your org unit, NONE without a staff record.")
    public DataScopeKind getDataScope() {
        return dataScope;
    }

    @NonNull
    @Description("The GraphQL operations your roles allow (data scope still applies), for building menus.")
    public List<@NonNull String> getAllowedOperations() {
        return allowedOperations;
    }

    @Description("Your staff record; null when your account is not bound to one.")
    public Staff getStaff() {
        return staff;
    }

    @Description("The org unit you work at.")
    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    @Description("The position you hold.")
    public Position getPosition() {
        return position;
    }
}
