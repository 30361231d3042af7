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

    /** A {@code Decimal}, as sent (text or a number) or as its scalar coerced it; null when absent. */
    public java.math.BigDecimal decimal(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof com.newretail.platform.graphql.DecimalValue decimal) {
            return decimal.value();
        }
        if (value instanceof String || value instanceof Number) {
            return new com.newretail.platform.graphql.DecimalValue(value.toString()).value();
        }
        throw new InvalidArgumentException("'" + name + "' is not a Decimal");
    }

    /** A {@code DateTime}, as sent (ISO-8601 text) or as its scalar coerced it; null when absent. */
    public java.time.OffsetDateTime dateTime(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof java.time.OffsetDateTime) {
            return (java.time.OffsetDateTime) value;
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        if (value instanceof String text) {
            try {
                return java.time.OffsetDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidArgumentException("'" + name + "' is not a DateTime");
            }
        }
        throw new InvalidArgumentException("'" + name + "' is not a DateTime (" + value.getClass().getSimpleName() + ")");
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
