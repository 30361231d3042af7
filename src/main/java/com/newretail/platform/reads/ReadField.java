package com.newretail.platform.reads;

/** How one GraphQL field of a read model is read: a column, a money pair, or a relation to another read model. */
public sealed interface ReadField {

    /** A scalar from one column or SQL expression of the model's FROM; a string {@code masking} hides part of it from some callers. */
    record Scalar(String sql, Codec codec, Masking masking) implements ReadField {
        public Scalar(String sql, Codec codec) {
            this(sql, codec, null);
        }
    }

    /** A {@code Money} object: its amount and currency columns. */
    record MoneyPair(String amountSql, String currencySql) implements ReadField {
    }

    /** One object of {@code type} whose key equals this model's {@code keySql}; null when the key is null. */
    record One(String type, String keySql) implements ReadField {
    }

    /**
     * A list of {@code type}: the rows whose {@code childKeySql} equals this model's {@code keySql},
     * in {@code orderSql} order.
     */
    record Many(String type, String keySql, String childKeySql, String orderSql) implements ReadField {
    }

    /**
     * A list of {@code type} whose rows the owning module selects per parent — within the caller's
     * scope, in its order, at most {@code perParent} — matched on {@code childKeySql}; {@code aliases}
     * are those its FROM uses, and {@code joinedOn} those among them that are a read model's own table
     * and alias joined on its key (alias → the key expression it is joined on), so a relation to that
     * model reads the row already there instead of joining its table again. The module's reader runs
     * the same selection.
     */
    record Scoped(String type, String keySql, String childKeySql, int perParent, java.util.Set<String> aliases,
            java.util.Map<String, String> joinedOn, ScopedRows rows) implements ReadField {
    }

    /**
     * A Relay connection of {@code type} per parent (a field with {@code first}/{@code after}): the
     * module selects one parent's page — scope, filter, order, cursor columns — and the planner reads
     * every parent's page in one LATERAL statement.
     */
    record Paged(String type, String keySql, String childKeySql, java.util.Set<String> aliases, PagedRows rows) implements ReadField {
    }

    /** One parent's page: {@code parentKey} is the SQL expression of that parent's key. */
    @FunctionalInterface
    interface PagedRows {
        ReadRoot.Selection select(String parentKey, Arguments arguments, com.newretail.platform.graphql.PageRequest page,
                com.newretail.platform.scope.DataScope scope, com.newretail.platform.scope.SqlArgs args);
    }

    /** The rows of one parent: {@code parentKey} is the SQL expression of that parent's key. */
    @FunctionalInterface
    interface ScopedRows {
        ReadRoot.Selection select(String parentKey, com.newretail.platform.scope.DataScope scope, com.newretail.platform.scope.SqlArgs args);
    }
}
