package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** {@code me}: who the caller is. Open to any valid token, so frontends can tell users what they lack. */
@GraphQLApi
public class MeQuery {

    private final SecurityIdentity identity;

    public MeQuery(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Query("me")
    @Authenticated
    @NonNull
    @Description("The signed-in user: username and roles.")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
