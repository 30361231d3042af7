package com.newretail.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Identities of bearer tokens already verified, for a short while: checking a token's RSA signature
 * and parsing its JSON was a quarter of the app's CPU for a planned read (bench Q1, async-profiler).
 * An entry lives {@code newretail.security.verified-token-ttl} at most and never past the token's own
 * expiry, so caching changes nothing a client can observe: a JWT is valid until it expires either way
 * (revocation needs introspection, which this service does not use). Zero turns the cache off.
 */
@Singleton
public class VerifiedTokens {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final LongSupplier clock;

    @Inject
    VerifiedTokens(@ConfigProperty(name = "newretail.security.verified-token-ttl", defaultValue = "30S") Duration ttl) {
        this(ttl, System::currentTimeMillis);
    }

    VerifiedTokens(Duration ttl, LongSupplier clock) {
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    /** The identity verified for this token, if it was verified lately and has not expired since. */
    public Optional<SecurityIdentity> find(String token) {
        if (ttlMillis <= 0) {
            return Optional.empty();
        }
        Entry entry = byToken.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAtMillis() <= clock.getAsLong()) {
            byToken.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** Remembers a token's verified identity until the sooner of the TTL and the token's expiry. */
    public void remember(String token, SecurityIdentity identity) {
        if (ttlMillis <= 0 || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0
                || byToken.containsKey(token)) {
            return;
        }
        long now = clock.getAsLong();
        long expiresAt = Math.min(now + ttlMillis, jwt.getExpirationTime() * 1000);
        if (expiresAt <= now) {
            return;
        }
        if (byToken.size() >= MAX_ENTRIES) {
            byToken.clear();
        }
        byToken.put(token, new Entry(identity, expiresAt));
    }

    int size() {
        return byToken.size();
    }
}
