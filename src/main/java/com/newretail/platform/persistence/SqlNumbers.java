package com.newretail.platform.persistence;

import java.math.BigDecimal;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;

/**
 * NUMERIC columns as BigDecimal without the client's round trip through a string: the reactive PG
 * client decodes NUMERIC into a {@link Numeric} that already holds a BigDecimal, but
 * {@code Row.getBigDecimal} formats it and parses it again — a visible share of the CPU of a large
 * page of orders (bench Q1).
 */
public final class SqlNumbers {

    private SqlNumbers() {
    }

    public static BigDecimal decimal(Row row, String column) {
        Object value = row.getValue(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Numeric numeric) {
            BigDecimal decimal = numeric.bigDecimalValue();
            return decimal != null ? decimal : new BigDecimal(numeric.toString());
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
