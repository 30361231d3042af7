package com.newretail.platform.persistence;

import com.newretail.platform.scope.SqlArgs;

/** A WHERE clause: a first condition, then optional ones, each added only when its value is given (a filter left out). */
public final class Where {

    private final StringBuilder sql;
    private final SqlArgs args;

    public Where(String first, SqlArgs args) {
        this.sql = new StringBuilder(first);
        this.args = args;
    }

    /** {@code AND column operator value} when the value is not null. */
    public Where and(String column, String operator, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(' ').append(operator).append(' ').append(args.add(value));
        }
        return this;
    }

    /** {@code AND column = ANY(values)} when the values are not null. */
    public Where anyOf(String column, Object[] values) {
        if (values != null) {
            sql.append(" AND ").append(column).append(" = ANY(").append(args.add(values)).append(')');
        }
        return this;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
