package com.newretail.platform.reads;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a plan: the rows of one read model at one place in the selection, with only the
 * columns the selection needs. Column 0 of a nested level is the key its parent rows point at.
 */
final class Level {

    /** How a level's rows are found: as a root field's rows, or by the keys of the parent level's rows. */
    enum Kind { ROOT, ONE, MANY, SCOPED, PAGED }

    final int index;
    final ReadModel model;
    final Kind kind;
    /** For ONE and MANY: the child-side key column and (MANY) the order within a parent. */
    final String matchSql;
    final String orderSql;
    /** For SCOPED: the module's selection per parent. */
    ReadField.Scoped scoped;
    /** For PAGED: the module's page per parent, and the field (its arguments) and definition it answers. */
    ReadField.Paged paged;
    graphql.language.Field field;
    graphql.schema.GraphQLFieldDefinition definition;
    /**
     * A root level's first list child, read in the root's statement (a join) rather than a statement of
     * its own; and, for such a child that is a scoped or paged list, its first list of all related rows
     * (an order's lines under a customer's orders), read in the same statement too.
     */
    Child inlined;
    final List<String> columns = new ArrayList<>();
    final List<Child> children = new ArrayList<>();
    /** LEFT JOINs of single related rows read in this statement (a SKU's product), and the aliases in use. */
    final List<String> joins = new ArrayList<>();
    final java.util.Set<String> aliases = new java.util.HashSet<>();
    /** Aliases the level's FROM already joins as a model's table on its key: alias → the key expression (see {@link ReadField.Scoped}). */
    final java.util.Map<String, String> joinedOn = new java.util.HashMap<>();

    /** A nested level and the column of this level's rows holding the key it matches. */
    record Child(Level level, int parentKeyColumn) {
    }

    Level(int index, ReadModel model, Kind kind, String matchSql, String orderSql, java.util.Collection<String> aliases) {
        this.index = index;
        this.model = model;
        this.kind = kind;
        this.matchSql = matchSql;
        this.orderSql = orderSql;
        if (kind != Kind.ROOT) {
            columns.add(matchSql);
        }
        this.aliases.addAll(aliases);
    }

    /**
     * Reads {@code target}'s row in this statement: from the FROM's own join of it when that is on
     * the same key, else with a LEFT JOIN on its key when its FROM is one aliased table whose alias is
     * still free; false when it needs a statement of its own.
     */
    boolean join(ReadModel target, String keySql) {
        java.util.Optional<String> alias = target.alias();
        if (alias.isPresent() && keySql.equals(joinedOn.get(alias.get()))) {
            return true;
        }
        if (alias.isEmpty() || aliases.contains(alias.get())) {
            return false;
        }
        aliases.add(alias.get());
        joins.add(" LEFT JOIN " + target.from() + " ON " + target.keySql() + " = " + keySql);
        return true;
    }

    String from(String base) {
        return joins.isEmpty() ? base : base + String.join("", joins);
    }

    /** {@code rows} with this level's joins added to its FROM. */
    ReadRoot.Selection joined(ReadRoot.Selection rows) {
        return joins.isEmpty() ? rows : new ReadRoot.Selection(from(rows.from()), rows.where(), rows.orderBy(), rows.cursorSql());
    }

    /** The index of a column in the select list, added on first use. */
    int column(String sql) {
        int at = columns.indexOf(sql);
        if (at >= 0) {
            return at;
        }
        columns.add(sql);
        return columns.size() - 1;
    }

    /** This level's columns named {@code c0, c1, …}, for a subquery whose columns are read by position. */
    String aliasedSelectList() {
        List<String> aliased = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            aliased.add(columns.get(i) + " AS c" + i);
        }
        return String.join(", ", aliased);
    }

    /** The index of a numeric column selected as text, so its exact digits (and scale) reach the response. */
    int decimalColumn(String sql) {
        return column(sql + "::text");
    }

    String selectList() {
        return String.join(", ", columns);
    }
}
