package com.newretail.platform.reads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read SQL of one GraphQL object type, declared once in its module's {@code persistence/}: the
 * FROM (table with alias, and any join a column needs), the key, and how each field is read. The
 * planner builds its statements from it; the module's reader selects {@link #plainColumns()} from it, so
 * a type's read SQL is written in one place. A model is registered, and named by relations, under
 * {@code name}: its type, unless the type is stored in more than one table (the {@code StockQuantity}
 * lines of receipts and of reservations), when each table's model has a name of its own.
 */
public record ReadModel(String name, String type, String from, String keySql, Map<String, ReadField> fields) {

    public ReadModel {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Builder of(String type, String from, String keySql) {
        return new Builder(type, from, keySql);
    }

    /** This model with one more field, contributed by another module (a SKU's stock levels by inventory). */
    public ReadModel with(String field, ReadField read) {
        if (fields.containsKey(field)) {
            throw new IllegalStateException(type + "." + field + " is declared twice");
        }
        Map<String, ReadField> more = new LinkedHashMap<>(fields);
        more.put(field, read);
        return new ReadModel(name, type, from, keySql, more);
    }

    /** The alias of a FROM that is one aliased table ({@code "sku s"} → {@code s}); empty for anything else. */
    public java.util.Optional<String> alias() {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^\\w+ (\\w+)$").matcher(from);
        return matcher.matches() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    /**
     * The key and the plain {@code alias.column} columns the fields read (relations by their key
     * columns), without computed expressions: a reader's select list, mapped by column name.
     */
    public String plainColumns() {
        return columnList().stream().filter(column -> column.matches("\\w+\\.\\w+")).collect(Collectors.joining(", "));
    }

    private List<String> columnList() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(keySql), fields.values().stream().flatMap(field -> columnsOf(field).stream()))
                .distinct().toList();
    }

    private static List<String> columnsOf(ReadField field) {
        if (field instanceof ReadField.Scalar scalar) {
            return List.of(scalar.sql());
        }
        if (field instanceof ReadField.MoneyPair money) {
            return List.of(money.amountSql(), money.currencySql());
        }
        if (field instanceof ReadField.One one) {
            return List.of(one.keySql());
        }
        if (field instanceof ReadField.Scoped scoped) {
            return List.of(scoped.keySql());
        }
        if (field instanceof ReadField.Paged paged) {
            return List.of(paged.keySql());
        }
        return List.of(((ReadField.Many) field).keySql());
    }

    /** Declares a model field by field, in the order the schema lists them. */
    public static final class Builder {
        private final String type;
        private final String from;
        private final String keySql;
        private final Map<String, ReadField> fields = new LinkedHashMap<>();
        private String name;

        private Builder(String type, String from, String keySql) {
            this.type = type;
            this.name = type;
            this.from = from;
            this.keySql = keySql;
        }

        /** Registers the model as {@code name}, not as its type: a second table holding objects of the same type. */
        public Builder named(String name) {
            this.name = name;
            return this;
        }

        public Builder id(String field) {
            return field(field, new ReadField.Scalar(keySql, Codec.ID));
        }

        public Builder scalar(String field, String sql, Codec codec) {
            return field(field, new ReadField.Scalar(sql, codec));
        }

        /** A string column that callers {@code masking} does not reveal it to see masked. */
        public Builder masked(String field, String sql, Masking masking) {
            return field(field, new ReadField.Scalar(sql, Codec.STRING, masking));
        }

        public Builder money(String field, String amountSql, String currencySql) {
            return field(field, new ReadField.MoneyPair(amountSql, currencySql));
        }

        public Builder one(String field, String type, String keySql) {
            return field(field, new ReadField.One(type, keySql));
        }

        public Builder many(String field, String type, String childKeySql, String orderSql) {
            return field(field, new ReadField.Many(type, keySql, childKeySql, orderSql));
        }

        /** A connection per row of this model: the rows of {@code type} whose {@code childKeySql} is this row's key, a page at a time. */
        public Builder paged(String field, String type, String childKeySql, java.util.Set<String> aliases, ReadField.PagedRows rows) {
            return field(field, new ReadField.Paged(type, keySql, childKeySql, aliases, rows));
        }

        /** At most {@code perParent} rows of {@code type} per row of this model, selected (scope, filter, order) by its module. */
        public Builder scoped(String field, String type, String childKeySql, int perParent, java.util.Set<String> aliases, ReadField.ScopedRows rows) {
            return field(field, new ReadField.Scoped(type, keySql, childKeySql, perParent, aliases, java.util.Map.of(), rows));
        }

        private Builder field(String name, ReadField field) {
            if (fields.putIfAbsent(name, field) != null) {
                throw new IllegalStateException(type + "." + name + " is declared twice");
            }
            return this;
        }

        public ReadModel build() {
            return new ReadModel(name, type, from, keySql, fields);
        }
    }
}
