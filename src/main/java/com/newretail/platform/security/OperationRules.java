package com.newretail.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;

/**
 * The role rule of every GraphQL operation, from the {@code newretail.rules.<operation>} settings
 * that the resolvers' {@code @RolesAllowed("${newretail.rules.<operation>}")} also read: one table
 * decides who may do what, {@code me.allowedOperations} lists it for menus, and the role-matrix test
 * fails for an operation without a rule. {@code **} means any signed-in user.
 */
@Singleton
public class OperationRules {

    static final String PREFIX = "newretail.rules.";
    public static final String ANY_SIGNED_IN = "**";

    private final Map<String, Set<String>> rolesByOperation;

    public OperationRules(Config config) {
        Map<String, Set<String>> rules = new TreeMap<>();
        for (String name : StreamSupport.stream(config.getPropertyNames().spliterator(), false).toList()) {
            if (name.startsWith(PREFIX)) {
                String value = config.getValue(name, String.class);
                rules.put(name.substring(PREFIX.length()),
                        Arrays.stream(value.split(",")).map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toSet()));
            }
        }
        this.rolesByOperation = Map.copyOf(rules);
    }

    /** Every operation that has a rule. */
    public Set<String> operations() {
        return rolesByOperation.keySet();
    }

    public Set<String> rolesFor(String operation) {
        return rolesByOperation.getOrDefault(operation, Set.of());
    }

    public boolean allows(String operation, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return false;
        }
        Set<String> roles = rolesFor(operation);
        return roles.contains(ANY_SIGNED_IN) || roles.stream().anyMatch(identity::hasRole);
    }

    /** The operations the caller may perform, sorted: for building menus. */
    public List<String> allowedFor(SecurityIdentity identity) {
        return rolesByOperation.keySet().stream().filter(op -> allows(op, identity)).sorted().toList();
    }

    /**
     * A subscription guarded by the operation's rule. {@code @RolesAllowed} on a method returning a
     * stream denies by never emitting, and so does a failed stream, so a denied client would wait
     * forever; a denial thrown while the subscription is set up reaches the client as an error message.
     */
    public <T> Multi<T> subscription(String operation, SecurityIdentity identity, Supplier<Multi<T>> stream) {
        require(operation, identity);
        return stream.get();
    }

    /** Throws the same denials as {@code @RolesAllowed}, for paths annotations cannot guard. */
    public void require(String operation, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException("Not signed in");
        }
        if (!allows(operation, identity)) {
            throw new ForbiddenException("Your roles do not allow '" + operation + "'");
        }
    }
}
