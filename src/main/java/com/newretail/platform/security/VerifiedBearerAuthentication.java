package com.newretail.platform.security;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before OIDC (higher priority): a request whose bearer token OIDC verified lately is answered
 * with that identity from {@link VerifiedTokens}; any other request gets no answer here, and OIDC
 * authenticates it as always (and {@link VerifiedTokenAugmentor} remembers what it verified). Before
 * this, a cached token still went through OIDC's mechanism, which parses the token's JSON to build its
 * credential before any identity provider is asked: 11 % of the app's CPU per planned read (bench Q3).
 *
 * <p>The dashboard's paths belong to its own OIDC tenant (a browser session of the code flow), where a
 * bearer token must not stand in for the session, so this answers nothing there.
 */
@ApplicationScoped
public class VerifiedBearerAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final VerifiedTokens verified;
    private final List<String> sessionPaths;
    private final Counter hits;
    private final Counter misses;

    VerifiedBearerAuthentication(VerifiedTokens verified, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.oidc.dashboard.tenant-paths", defaultValue = "/dashboard,/dashboard/*") List<String> sessionPaths) {
        this.verified = verified;
        this.sessionPaths = sessionPaths;
        this.hits = Counter.builder("newretail.security.verified.tokens").tag("result", "hit").register(registry);
        this.misses = Counter.builder("newretail.security.verified.tokens").tag("result", "miss").register(registry);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().item(known(context.request().getHeader(HttpHeaders.AUTHORIZATION), context.normalizedPath()));
    }

    /** The identity of a bearer token verified lately, for a request to {@code path}; null when OIDC is to decide. */
    SecurityIdentity known(String authorization, String path) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()) || isSessionPath(path)) {
            return null;
        }
        SecurityIdentity known = verified.find(authorization.substring(BEARER.length()).trim()).orElse(null);
        (known == null ? misses : hits).increment();
        return known;
    }

    /** Whether {@code path} is one of the dashboard tenant's ({@code /x} or {@code /x/*} as OIDC's tenant-paths match them). */
    private boolean isSessionPath(String path) {
        for (String pattern : sessionPaths) {
            if (pattern.endsWith("/*") ? path.startsWith(pattern.substring(0, pattern.length() - 1)) || path.equals(pattern.substring(0, pattern.length() - 2))
                    : path.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** No challenge of its own: a request it cannot answer is OIDC's, and so is the challenge. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** Above OIDC's mechanism ({@code quarkus.oidc.priority}, 1001 by default). */
    @Override
    public int getPriority() {
        return 2_000;
    }
}
