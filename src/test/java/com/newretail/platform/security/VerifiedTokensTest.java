package com.newretail.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** A verified token is remembered for the TTL at most, never past its own expiry. */
class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    private static SecurityIdentity identity(long expiresAtSeconds) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "clerk";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return claim.equals("exp") ? (T) Long.valueOf(expiresAtSeconds) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("sales-clerk").build();
    }

    @Test
    void aTokenIsRememberedUntilTheTtl() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(30), now::get);
        SecurityIdentity clerk = identity(now.get() / 1000 + 300);
        tokens.remember("t1", clerk);
        assertEquals(clerk, tokens.find("t1").orElseThrow());
        now.addAndGet(29_999);
        assertTrue(tokens.find("t1").isPresent());
        now.addAndGet(1);
        assertTrue(tokens.find("t1").isEmpty(), "past the TTL it is verified again");
        assertTrue(tokens.find("other").isEmpty());
    }

    @Test
    void neverPastTheTokensOwnExpiry() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(30), now::get);
        tokens.remember("soon", identity(now.get() / 1000 + 5));
        now.addAndGet(4_999);
        assertTrue(tokens.find("soon").isPresent());
        now.addAndGet(1);
        assertTrue(tokens.find("soon").isEmpty(), "an expired token is not answered from the cache");
        tokens.remember("expired", identity(now.get() / 1000 - 1));
        assertTrue(tokens.find("expired").isEmpty());
    }

    @Test
    void zeroTurnsTheCacheOffAndTheSizeIsBounded() {
        VerifiedTokens off = new VerifiedTokens(Duration.ZERO, now::get);
        off.remember("t", identity(now.get() / 1000 + 300));
        assertTrue(off.find("t").isEmpty());
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(30), now::get);
        for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.remember("t" + i, identity(now.get() / 1000 + 300));
        }
        assertTrue(tokens.size() <= VerifiedTokens.MAX_ENTRIES);
    }

    @Test
    void codeFlowSessionsAreNeitherRememberedNorAnsweredFromTheCache() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(30), now::get);
        VerifiedTokenAugmentor augmentor = new VerifiedTokenAugmentor(tokens);
        SecurityIdentity base = identity(now.get() / 1000 + 300);
        SecurityIdentity bearer = QuarkusSecurityIdentity.builder(base).addCredential(new AccessTokenCredential("bearer-token")).build();
        SecurityIdentity session = QuarkusSecurityIdentity.builder(base).addCredential(new AccessTokenCredential("web-client-token"))
                .addCredential(new IdTokenCredential("id-token")).build();
        augmentor.augment(bearer, null).await().indefinitely();
        augmentor.augment(session, null).await().indefinitely();
        assertTrue(tokens.find("bearer-token").isPresent());
        assertTrue(tokens.find("web-client-token").isEmpty(), "a browser session was not verified as a bearer token");

        VerifiedBearerAuthentication cached = new VerifiedBearerAuthentication(tokens, new SimpleMeterRegistry(),
                List.of("/dashboard", "/dashboard/*"));
        assertEquals(bearer.getPrincipal(), cached.known("Bearer bearer-token", "/graphql").getPrincipal());
        assertEquals(bearer.getPrincipal(), cached.known("bearer bearer-token", "/graphql").getPrincipal(), "the scheme is case-insensitive");
        assertNull(cached.known("Bearer web-client-token", "/graphql"), "not verified as a bearer token: OIDC decides");
        assertNull(cached.known(null, "/graphql"));
        assertNull(cached.known("Basic YTpi", "/graphql"));
        for (String page : List.of("/dashboard", "/dashboard/", "/dashboard/sales")) {
            assertNull(cached.known("Bearer bearer-token", page), "the dashboard's tenant takes its browser session, not a bearer token: " + page);
        }
        assertEquals(bearer.getPrincipal(), cached.known("Bearer bearer-token", "/dashboards").getPrincipal());
    }
}
