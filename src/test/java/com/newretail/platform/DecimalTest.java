package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.Decimal;
import com.newretail.platform.graphql.InvalidArgumentException;

class DecimalTest {

    @Test
    void keepsExactValuesAndSerializesWithoutExponent() {
        assertEquals(new BigDecimal("0.10"), new Decimal("0.10").value());
        assertEquals("0.30", new Decimal(new BigDecimal("0.10").add(new BigDecimal("0.20"))).stringValueForSerialization());
        assertEquals("10000000", new Decimal(new BigDecimal("1E+7")).stringValueForSerialization());
        assertEquals(new Decimal("1.0"), new Decimal("1.00"));
    }

    @Test
    void rejectsNonNumbers() {
        assertThrows(InvalidArgumentException.class, () -> new Decimal("12,50"));
        assertThrows(InvalidArgumentException.class, () -> new Decimal(""));
        assertThrows(InvalidArgumentException.class, () -> new Decimal("NaN"));
    }
}
