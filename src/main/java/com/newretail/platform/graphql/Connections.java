package com.newretail.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds a Relay connection from rows fetched with {@link PageRequest#fetchSize()}: the extra row,
 * if present, only tells that a next page exists.
 */
public final class Connections {

    private Connections() {
    }

    public static <T, E, C> C of(List<T> fetched, PageRequest page, Function<T, String> cursorOf,
            BiFunction<T, String, E> edgeOf, BiFunction<List<E>, PageInfo, C> connectionOf) {
        boolean hasNext = fetched.size() > page.first();
        List<T> rows = hasNext ? fetched.subList(0, page.first()) : fetched;
        List<E> edges = new ArrayList<>(rows.size());
        String start = null;
        String end = null;
        for (T row : rows) {
            String cursor = cursorOf.apply(row);
            if (start == null) {
                start = cursor;
            }
            end = cursor;
            edges.add(edgeOf.apply(row, cursor));
        }
        return connectionOf.apply(edges, new PageInfo(hasNext, start, end));
    }
}
