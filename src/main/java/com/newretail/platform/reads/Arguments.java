package com.newretail.platform.reads;

import java.util.Map;

import com.newretail.platform.graphql.InvalidArgumentException;

/**
 * A field's argument values as the client sent them (JSON values: strings, numbers, booleans, maps,
 * lists; enums as their names), with the schema's defaults for absent ones.
 */
public final class Arguments {

    private final Map<String, Object> values;

    public Arguments(Map<String, Object> values) {
        this.values = values;
    }

    public String string(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        throw new InvalidArgumentException("'" + name + "' is not a string");
    }

    public Integer integer(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            try {
                return new java.math.BigDecimal(number.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new InvalidArgumentException("'" + name + "' is not an Int");
            }
        }
        throw new InvalidArgumentException("'" + name + "' is not an Int");
    }

    public Boolean bool(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new InvalidArgumentException("'" + name + "' is not a Boolean");
    }

    /** A list of strings (IDs, codes), or null when absent. */
    public java.util.List<String> strings(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new InvalidArgumentException("'" + name + "' is not a list of strings");
    }

    /** An input object argument, or null. */
    @SuppressWarnings("unchecked")
    public Arguments object(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return new Arguments((Map<String, Object>) map);
        }
        throw new InvalidArgumentException("'" + name + "' is not an input object");
    }

    public java.util.Set<String> names() {
        return values.keySet();
    }
}
