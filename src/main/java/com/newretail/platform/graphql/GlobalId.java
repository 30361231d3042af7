package com.newretail.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque global IDs: {@code base64url("<Type>:<id>")}. Clients must treat them as opaque strings;
 * this class is the only place that encodes, decodes and type-checks them.
 */
public final class GlobalId {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** A decoded global ID. */
    public record Typed(String type, long id) {
    }

    private GlobalId() {
    }

    public static String encode(String type, long id) {
        return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any well-formed global ID. */
    public static Typed parse(String globalId) {
        if (globalId == null || globalId.isBlank() || globalId.length() > 200) {
            throw new InvalidGlobalIdException(globalId, "is not a valid ID");
        }
        String decoded;
        try {
            decoded = new String(DECODER.decode(globalId.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidGlobalIdException(globalId, "is not a valid ID");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            throw new InvalidGlobalIdException(globalId, "is not a valid ID");
        }
        try {
            long id = Long.parseLong(decoded.substring(colon + 1));
            if (id <= 0) {
                throw new InvalidGlobalIdException(globalId, "is not a valid ID");
            }
            return new Typed(decoded.substring(0, colon), id);
        } catch (NumberFormatException e) {
            throw new InvalidGlobalIdException(globalId, "is not a valid ID");
        }
    }

    /** Decodes a global ID that must denote an object of {@code expectedType}. */
    public static long decode(String globalId, String expectedType) {
        Typed typed = parse(globalId);
        if (!typed.type().equals(expectedType)) {
            throw new InvalidGlobalIdException(globalId, "is not the ID of a " + expectedType);
        }
        return typed.id();
    }

    /**
     * Decodes an ID sent inside an input; a bad one names where it was ({@code input, lines, 0, skuId})
     * so the userError points at that field.
     */
    public static long decodeAt(String globalId, String expectedType, Object... field) {
        try {
            return decode(globalId, expectedType);
        } catch (InvalidGlobalIdException e) {
            throw e.at(field);
        }
    }

    /**
     * A list filter's ID: the one in {@code where} if given (a bad one is named at
     * {@code where.<field>}), else the deprecated flat argument's; null when neither is given.
     */
    public static Long decodeFilter(String whereValue, String flatValue, String expectedType, String field) {
        if (whereValue != null) {
            return decodeAt(whereValue, expectedType, "where", field);
        }
        return flatValue == null ? null : decode(flatValue, expectedType);
    }

    /** {@link #decodeAt} for an optional ID: null stays null. */
    public static Long decodeOptionalAt(String globalId, String expectedType, Object... field) {
        return globalId == null ? null : decodeAt(globalId, expectedType, field);
    }
}
