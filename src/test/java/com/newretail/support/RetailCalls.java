package com.newretail.support;

import java.util.HashMap;
import java.util.Map;

/** Input values of the retail operations, as GraphQL variables. */
public final class RetailCalls {

    private RetailCalls() {
    }

    /** A map of the given keys and values, e.g. a line: {@code fields("skuId", id, "quantity", 2)}. */
    public static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** A tender; {@code reference} may be null (cash). */
    public static Map<String, Object> tender(String tender, String amount, String reference) {
        Map<String, Object> t = fields("tender", tender, "amount", amount);
        if (reference != null) {
            t.put("reference", reference);
        }
        return t;
    }
}
