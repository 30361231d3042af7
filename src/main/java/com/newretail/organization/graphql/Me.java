package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The caller, as the access token describes them. */
@Type("Me")
@Description("The signed-in user.")
public class Me {

    private final String username;
    private final List<String> roles;

    public Me(String username, List<String> roles) {
        this.username = username;
        this.roles = roles;
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
}
