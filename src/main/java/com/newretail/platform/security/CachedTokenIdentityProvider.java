package com.newretail.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Asked before the OIDC provider (higher priority): answers a bearer token verified lately from
 * {@link VerifiedTokens}; answers null otherwise, and Quarkus then asks OIDC, which verifies it.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens verified;
    private final Counter hits;
    private final Counter misses;

    CachedTokenIdentityProvider(VerifiedTokens verified, MeterRegistry registry) {
        this.verified = verified;
        this.hits = Counter.builder("newretail.security.verified.tokens").tag("result", "hit").register(registry);
        this.misses = Counter.builder("newretail.security.verified.tokens").tag("result", "miss").register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Above every other provider: OIDC's has the default priority (1001, above SYSTEM_FIRST). */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential)) {
            // The code flow's ID tokens are always verified by OIDC.
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = verified.find(request.getToken().getToken()).orElse(null);
        (known == null ? misses : hits).increment();
        return Uni.createFrom().item(known);
    }
}
