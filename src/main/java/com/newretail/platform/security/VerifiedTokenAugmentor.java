package com.newretail.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Remembers every identity OIDC verified from a bearer token in {@link VerifiedTokens}; changes nothing
 * in it. Sessions of the dashboard page's code flow (which carry an ID token) are never remembered:
 * the dashboard tenant verified them as a browser session, not the API's tenant as a bearer token
 * (audience and all), so they must not answer for one.
 */
@ApplicationScoped
public class VerifiedTokenAugmentor implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    VerifiedTokenAugmentor(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        // Last, so the identity remembered is the one every other augmentor has finished.
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null && identity.getCredential(IdTokenCredential.class) == null) {
            verified.remember(token.getToken(), withoutRequest(identity));
        }
        return Uni.createFrom().item(identity);
    }

    /** The identity without what belongs to the request that verified it (its routing context). */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials()).setAnonymous(identity.isAnonymous())
                .addPermissionChecker(identity::checkPermission);
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }
}
