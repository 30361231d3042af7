package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.InvalidArgumentException;

class DecimalTest {

    @Test
    void keepsExactValuesAndSerializesWithoutExponent() {
        assertEquals(new BigDecimal("0.10"), new DecimalValue("0.10").value());
        assertEquals("0.30", new DecimalValue(new BigDecimal("0.10").add(new BigDecimal("0.20"))).stringValueForSerialization());
        assertEquals("10000000", new DecimalValue(new BigDecimal("1E+7")).stringValueForSerialization());
        assertEquals(new DecimalValue("1.0"), new DecimalValue("1.00"));
    }

    @Test
    void rejectsNonNumbers() {
        assertThrows(InvalidArgumentException.class, () -> new DecimalValue("12,50"));
        assertThrows(InvalidArgumentException.class, () -> new DecimalValue(""));
        assertThrows(InvalidArgumentException.class, () -> new DecimalValue("NaN"));
    }
}
