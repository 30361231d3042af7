package com.newretail.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Role checks for code paths that annotations cannot guard, such as {@code node(id:)} loaders. */
public final class Access {

    private Access() {
    }

    public static void requireAnyRole(SecurityIdentity identity, String... roles) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return;
            }
        }
        throw new ForbiddenException();
    }
}
