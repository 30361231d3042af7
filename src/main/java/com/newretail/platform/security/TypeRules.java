package com.newretail.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.Config;

/**
 * Which operation's role rule guards each GraphQL object type, from the
 * {@code newretail.type-rules.<Type>=<operation>} settings: an {@code Order} may be read only by
 * those whom the {@code order} rule allows, however it is reached — {@code order(id:)},
 * {@code node(id:)}, or a field of another type such as {@code Customer.orders}. Nested fields and
 * {@code node} apply these rules ({@code RuleGuardedDataFetchers}, {@code Nodes}); a schema
 * test walks every path to every guarded type and fails where a field is looser than its type.
 */
public final class TypeRules {

    static final String PREFIX = "newretail.type-rules.";
    private static final String CONNECTION = "Connection";

    private final Map<String, String> operationByType;

    private TypeRules(Map<String, String> operationByType) {
        this.operationByType = Map.copyOf(operationByType);
    }

    public static TypeRules from(Config config) {
        Map<String, String> rules = new TreeMap<>();
        for (String name : StreamSupport.stream(config.getPropertyNames().spliterator(), false).toList()) {
            if (name.startsWith(PREFIX)) {
                rules.put(name.substring(PREFIX.length()), config.getValue(name, String.class).trim());
            }
        }
        return new TypeRules(rules);
    }

    /** Every guarded type and the operation whose rule guards it. */
    public Map<String, String> all() {
        return operationByType;
    }

    /** The operation guarding a type, if it is guarded. */
    public Optional<String> operationFor(String type) {
        return Optional.ofNullable(operationByType.get(type));
    }

    /**
     * The operation guarding what a field returns: the type itself, or, for a Relay connection
     * ({@code OrderConnection}), the type of its nodes.
     */
    public Optional<String> operationForFieldType(String returnType) {
        Optional<String> direct = operationFor(returnType);
        if (direct.isPresent() || !returnType.endsWith(CONNECTION)) {
            return direct;
        }
        return operationFor(returnType.substring(0, returnType.length() - CONNECTION.length()));
    }
}
