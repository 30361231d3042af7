package com.newretail.platform.reads;

/**
 * How a column's value becomes a GraphQL scalar in the response, byte for byte as SmallRye writes it:
 * IDs are global IDs of the declaring type, decimals the column's plain text, dates ISO-8601.
 */
public enum Codec {
    /** A bigint key, written as the global ID {@code base64url("<Type>:<id>")} of the declaring type. */
    ID,
    STRING,
    /** An enum value stored as its name. */
    ENUM,
    INT,
    BOOLEAN,
    /** A numeric column, selected as text so the exact digits (and scale) are written. */
    DECIMAL,
    DATE,
    DATE_TIME,
    STRING_LIST
}
