package com.newretail.platform.reads;

import java.util.List;

import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * A root query field the planner may serve: which read model it returns, whether as a Relay
 * connection or as one nullable object, and the rows it means for given arguments and scope — the
 * same statement the field's resolver runs, from the same builder. {@code aliases} are those its
 * selections' FROM uses, so single related rows joined to it take other ones.
 */
public record ReadRoot(String field, String type, boolean connection, java.util.Set<String> aliases, Rows rows) {

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
    }
}
