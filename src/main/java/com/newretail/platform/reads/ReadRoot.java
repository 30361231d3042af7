package com.newretail.platform.reads;

import java.util.List;

import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * A root query field the planner may serve: which read model it returns, whether as a Relay
 * connection, as one nullable object or as a plain list (every row, no page), and the rows it means for
 * given arguments and scope — the same statement the field's resolver runs, from the same builder.
 * {@code aliases} are those its selections' FROM uses, so single related rows joined to it take other ones.
 */
public record ReadRoot(String field, String type, boolean connection, java.util.Set<String> aliases, Rows rows, boolean list) {

    /** A root answering a connection ({@code connection}) or one nullable object. */
    public ReadRoot(String field, String type, boolean connection, java.util.Set<String> aliases, Rows rows) {
        this(field, type, connection, aliases, rows, false);
    }

    /** A root answering a plain list of every row of its selection, in the selection's order. */
    public static ReadRoot list(String field, String type, java.util.Set<String> aliases, Rows rows) {
        return new ReadRoot(field, type, false, aliases, rows, true);
    }

    /** The rows of the field: built from the arguments (as sent, defaults applied) within the caller's scope. */
    @FunctionalInterface
    public interface Rows {
        /**
         * @param page for connections the validated page (size and cursor); null otherwise
         * @throws RuntimeException for arguments the resolver would refuse: the request then goes to SmallRye, which answers it
         */
        Selection select(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args);
    }

    /**
     * {@code FROM … WHERE … ORDER BY …} of the rows without select list and limit; for connections the
     * columns whose values make an edge's cursor.
     */
    public record Selection(String from, String where, String orderBy, List<String> cursorSql) {

        /** The SQL expression of the parent's key in a selection read {@link #perParent per parent}. */
        public static final String PARENT_KEY = "k.key";

        /** {@code SELECT columns FROM … WHERE … [ORDER BY …] [LIMIT limit]}; {@code limit} is a placeholder, a literal or null. */
        public String statement(String columns, String limit) {
            return "SELECT " + columns + " FROM " + from + " WHERE " + where + (orderBy == null ? "" : " ORDER BY " + orderBy)
                    + (limit == null ? "" : " LIMIT " + limit);
        }

        /**
         * This selection (built with {@link #PARENT_KEY} as the parent's key) for every key of the
         * bigint array {@code keys}, as one statement: rows of each key in the selection's order.
         */
        public String perParent(String keys, String columns, String limit) {
            return overParents(keys, statement(columns, limit));
        }

        /** {@code statement} (one parent's rows, by {@link #PARENT_KEY}) for every key of the bigint array {@code keys}. */
        public static String overParents(String keys, String statement) {
            return "SELECT x.* FROM unnest(" + keys + "::bigint[]) AS k(key) CROSS JOIN LATERAL (" + statement + ") x";
        }
    }
}
