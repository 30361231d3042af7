package com.newretail.platform.graphql;

import java.math.BigDecimal;
import java.util.Objects;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;

/**
 * Exact decimal numbers (money, quantities with fractions), sent as strings such as {@code "12.50"}
 * so no client parses them into binary floating point.
 */
@CustomScalar("Decimal")
public final class DecimalValue implements CustomStringScalar {

    private final BigDecimal value;

    public DecimalValue(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            throw new InvalidArgumentException("'" + text + "' is not a decimal number");
        }
        try {
            this.value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'" + text + "' is not a decimal number");
        }
    }

    public DecimalValue(BigDecimal value) {
        this.value = Objects.requireNonNull(value);
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    public String stringValueForSerialization() {
        return value.toPlainString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecimalValue d && d.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return stringValueForSerialization();
    }
}
