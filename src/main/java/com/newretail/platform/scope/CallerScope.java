package com.newretail.platform.scope;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.newretail.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The data scope of the current caller. Headquarters-wide roles see everything; anyone else sees
 * what their position's scope allows from the org unit of their staff record, found by the token's
 * subject. Bindings are cached briefly (and evicted when staff change) — the token's roles are
 * never cached: Keycloak stays the source of truth for them.
 */
@ApplicationScoped
public class CallerScope {

    private record Cached(Optional<CallerBinding> binding, long expiresAtNanos) {
    }

    private final SecurityIdentity identity;
    private final CallerBindingLookup lookup;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CallerScope(SecurityIdentity identity, CallerBindingLookup lookup, ScopeConfig config) {
        this.identity = identity;
        this.lookup = lookup;
        this.ttlNanos = config.cacheTtl().toNanos();
    }

    /** The caller's scope; NONE for anonymous callers and for staff-less ones without an HQ-wide role. */
    public Uni<DataScope> current() {
        return of(identity);
    }

    /** The scope of a given caller: for paths outside a CDI request (the planned-reads route). */
    public Uni<DataScope> of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(DataScope.none());
        }
        if (identity.hasRole(Roles.HQ_ADMIN)) {
            return Uni.createFrom().item(DataScope.all());
        }
        return binding(identity).map(found -> found.map(CallerScope::toScope).orElse(DataScope.none()));
    }

    /**
     * The scope of a given caller when it is known without a lookup (HQ-wide roles, a cached binding);
     * empty when {@link #of} must look the binding up.
     */
    public Optional<DataScope> known(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Optional.of(DataScope.none());
        }
        if (identity.hasRole(Roles.HQ_ADMIN)) {
            return Optional.of(DataScope.all());
        }
        String subject = subject(identity);
        if (subject == null) {
            return Optional.of(DataScope.none());
        }
        Cached cached = cache.get(subject);
        return cached != null && cached.expiresAtNanos() > System.nanoTime()
                ? Optional.of(cached.binding().map(CallerScope::toScope).orElse(DataScope.none()))
                : Optional.empty();
    }

    /** The caller's staff binding, if any. */
    public Uni<Optional<CallerBinding>> binding() {
        return binding(identity);
    }

    private Uni<Optional<CallerBinding>> binding(SecurityIdentity identity) {
        String subject = subject(identity);
        if (subject == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        Cached cached = cache.get(subject);
        if (cached != null && cached.expiresAtNanos() > System.nanoTime()) {
            return Uni.createFrom().item(cached.binding());
        }
        return lookup.find(subject).invoke(found -> cache.put(subject, new Cached(found, System.nanoTime() + ttlNanos)));
    }

    /** Forgets cached bindings, e.g. after a staff member was transferred or their position changed. */
    public void evictAll() {
        cache.clear();
    }

    /** The token's subject (the Keycloak user id); the principal name for non-JWT identities. */
    public String subject() {
        return subject(identity);
    }

    private static String subject(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static DataScope toScope(CallerBinding binding) {
        return new DataScope(binding.positionScope(), binding.orgUnitId(), binding.staffId());
    }
}
