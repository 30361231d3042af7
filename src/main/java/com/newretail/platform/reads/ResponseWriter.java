package com.newretail.platform.reads;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;

/**
 * Writes a plan's response from its fetched rows with Jackson, in the selection's order, byte for
 * byte as SmallRye (JSON-P) writes the same data: no whitespace, control characters escaped with
 * lowercase hex, every other character as UTF-8.
 */
final class ResponseWriter {

    /** JSON-P's escaping: control characters in lowercase hex, supplementary characters as UTF-8 (not as escaped surrogates). */
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private static final SerializedString DATA = new SerializedString("data");
    private static final SerializedString EXTENSIONS = new SerializedString("extensions");
    private static final SerializedString COST = new SerializedString("cost");

    private ResponseWriter() {
    }

    /**
     * Writes {@code {"data":…,"extensions":{"cost":…}}}: the cost extension is asked for once the data
     * is written, with the number of objects the data holds (its actual cost), as SmallRye's path adds it.
     */
    static Buffer write(Plan plan, Fetched fetched, IntFunction<Map<String, Object>> cost) throws IOException {
        Buffer buffer = Buffer.buffer(8192);
        try (CountingGenerator json = new CountingGenerator(JSON.createGenerator(new BufferStream(buffer)))) {
            json.writeStartObject();
            json.writeFieldName(DATA);
            json.writeStartObject();
            for (Plan.RootField root : plan.roots()) {
                if (root.entry() instanceof Shape.Connection connection) {
                    json.writeFieldName(connection.key());
                    connection(json, connection.parts(), root.level(), fetched);
                } else {
                    Shape.Nested single = (Shape.Nested) root.entry();
                    json.writeFieldName(single.key());
                    List<Row> rows = fetched.root(root.level()).rows();
                    if (single.list()) {
                        json.writeStartArray();
                        for (Row row : rows) {
                            object(json, single.shape(), row, 0, fetched);
                        }
                        json.writeEndArray();
                    } else if (rows.isEmpty()) {
                        json.writeNull();
                    } else {
                        object(json, single.shape(), rows.get(0), 0, fetched);
                    }
                }
            }
            json.writeEndObject();
            int objects = json.objects - 2;
            json.writeFieldName(EXTENSIONS);
            json.writeStartObject();
            json.writeFieldName(COST);
            value(json, cost.apply(objects));
            json.writeEndObject();
            json.writeEndObject();
        }
        return buffer;
    }

    /** A plain value of an extension: maps, numbers, strings, booleans and nulls, as JSON-P writes them. */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(value.toString());
        }
    }

    /** Counts the objects written (the envelope and data objects included), for the actual cost. */
    private static final class CountingGenerator extends JsonGeneratorDelegate {
        int objects;

        CountingGenerator(JsonGenerator delegate) {
            super(delegate, false);
        }

        @Override
        public void writeStartObject() throws IOException {
            objects++;
            super.writeStartObject();
        }
    }

    private static void connection(JsonGenerator json, List<Shape.Part> parts, Level level, Fetched fetched) throws IOException {
        connection(json, parts, fetched.root(level), fetched);
    }

    private static void connection(JsonGenerator json, List<Shape.Part> parts, Fetched.Page rows, Fetched fetched) throws IOException {
        List<Row> page = rows.page();
        json.writeStartObject();
        for (Shape.Part part : parts) {
            json.writeFieldName(part.key());
            switch (part.kind()) {
                case TYPENAME -> json.writeString(part.typename());
                case EDGES -> {
                    json.writeStartArray();
                    for (Row row : page) {
                        edge(json, part.parts(), row, rows, fetched);
                    }
                    json.writeEndArray();
                }
                case PAGE_INFO -> pageInfo(json, part.parts(), rows, page);
                default -> throw new IllegalStateException(part.kind().toString());
            }
        }
        json.writeEndObject();
    }

    private static void edge(JsonGenerator json, List<Shape.Part> parts, Row row, Fetched.Page rows, Fetched fetched) throws IOException {
        json.writeStartObject();
        for (Shape.Part part : parts) {
            json.writeFieldName(part.key());
            switch (part.kind()) {
                case TYPENAME -> json.writeString(part.typename());
                case CURSOR -> json.writeString(cursor(row, rows));
                case NODE -> object(json, part.node(), row, rows.base(), fetched);
                default -> throw new IllegalStateException(part.kind().toString());
            }
        }
        json.writeEndObject();
    }

    private static void pageInfo(JsonGenerator json, List<Shape.Part> parts, Fetched.Page rows, List<Row> page) throws IOException {
        json.writeStartObject();
        for (Shape.Part part : parts) {
            json.writeFieldName(part.key());
            switch (part.kind()) {
                case TYPENAME -> json.writeString(part.typename());
                case HAS_NEXT_PAGE -> json.writeBoolean(rows.hasNextPage());
                case HAS_PREVIOUS_PAGE -> json.writeBoolean(false);
                case START_CURSOR -> writeNullable(json, page.isEmpty() ? null : cursor(page.get(0), rows));
                case END_CURSOR -> writeNullable(json, page.isEmpty() ? null : cursor(page.get(page.size() - 1), rows));
                default -> throw new IllegalStateException(part.kind().toString());
            }
        }
        json.writeEndObject();
    }

    private static String cursor(Row row, Fetched.Page rows) {
        Object[] values = new Object[rows.cursorColumns()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getValue(rows.base() + rows.firstCursorColumn() + i);
        }
        return Cursor.encode(values);
    }

    /** An object from {@code row}, whose columns for this object's level start at {@code base}. */
    private static void object(JsonGenerator json, Shape shape, Row row, int base, Fetched fetched) throws IOException {
        json.writeStartObject();
        for (Shape.Entry entry : shape.entries()) {
            json.writeFieldName(entry.key());
            if (entry instanceof Shape.Column column) {
                scalar(json, column, row, base, fetched);
            } else if (entry instanceof Shape.Money money) {
                money(json, money, row, base);
            } else if (entry instanceof Shape.Typename typename) {
                json.writeString(typename.type());
            } else if (entry instanceof Shape.NestedConnection connection) {
                connection(json, connection.parts(), fetched.page(connection.level(), row.getValue(base + connection.parentKeyColumn())), fetched);
            } else {
                nested(json, (Shape.Nested) entry, row, base, fetched);
            }
        }
        json.writeEndObject();
    }

    private static void nested(JsonGenerator json, Shape.Nested nested, Row row, int base, Fetched fetched) throws IOException {
        Object key = row.getValue(base + nested.parentKeyColumn());
        if (nested.joined()) {
            if (key == null) {
                json.writeNull();
            } else {
                object(json, nested.shape(), row, base, fetched);
            }
            return;
        }
        int childBase = fetched.base(nested.level());
        if (nested.list()) {
            json.writeStartArray();
            for (Row child : fetched.many(nested.level(), key)) {
                object(json, nested.shape(), child, childBase, fetched);
            }
            json.writeEndArray();
        } else {
            Row child = fetched.one(nested.level(), key);
            if (child == null) {
                json.writeNull();
            } else {
                object(json, nested.shape(), child, childBase, fetched);
            }
        }
    }

    private static void money(JsonGenerator json, Shape.Money money, Row row, int base) throws IOException {
        if (row.getValue(base + money.amountColumn()) == null) {
            json.writeNull(); // a nullable Money (e.g. an attainment without a target)
            return;
        }
        json.writeStartObject();
        for (Shape.Part part : money.parts()) {
            json.writeFieldName(part.key());
            switch (part.kind()) {
                case TYPENAME -> json.writeString(part.typename());
                case AMOUNT -> json.writeString(row.getString(base + money.amountColumn()));
                case CURRENCY -> json.writeString(row.getString(base + money.currencyColumn()));
                default -> throw new IllegalStateException(part.kind().toString());
            }
        }
        json.writeEndObject();
    }

    private static void scalar(JsonGenerator json, Shape.Column column, Row row, int base, Fetched fetched) throws IOException {
        int at = base + column.column();
        if (row.getValue(at) == null) {
            json.writeNull();
            return;
        }
        switch (column.codec()) {
            case ID -> json.writeString(GlobalId.encode(column.idType(), row.getLong(at)));
            case STRING -> json.writeString(column.masking() == null ? row.getString(at) : column.masking().apply(row.getString(at), fetched.caller()));
            case ENUM, DECIMAL -> json.writeString(row.getString(at));
            case INT -> json.writeNumber(row.getInteger(at));
            case BOOLEAN -> json.writeBoolean(row.getBoolean(at));
            case DATE -> json.writeString(row.get(LocalDate.class, at).toString());
            case DATE_TIME -> json.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.get(OffsetDateTime.class, at)));
            case STRING_LIST -> {
                String[] values = row.getArrayOfStrings(at);
                json.writeStartArray();
                for (String value : values) {
                    writeNullable(json, value);
                }
                json.writeEndArray();
            }
        }
    }

    private static void writeNullable(JsonGenerator json, String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /** Appends Jackson's output to a Vert.x buffer. */
    private static final class BufferStream extends OutputStream {
        private final Buffer buffer;

        BufferStream(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
