package com.newretail.platform.scope;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/** Collects positional arguments ({@code $1, $2, …}) while a SQL statement is assembled. */
public final class SqlArgs {

    private final List<Object> values = new ArrayList<>();

    /** Adds a value and returns its placeholder. */
    public String add(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    public Tuple tuple() {
        return Tuple.tuple(values);
    }

    public List<Object> values() {
        return values;
    }
}
