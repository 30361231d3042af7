package com.newretail.operations.graphql;

import java.util.ArrayList;
import java.util.List;

import com.newretail.platform.graphql.GlobalId;

/** Lists of global IDs in inputs, decoded; a bad one is INVALID_ID at {@code input.<field>.<index>}. */
final class InputIds {

    private InputIds() {
    }

    /** The ids of {@code globalIds} (none when absent). */
    static List<Long> decode(List<String> globalIds, String type, String field) {
        if (globalIds == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(globalIds.size());
        for (int i = 0; i < globalIds.size(); i++) {
            ids.add(GlobalId.decodeAt(globalIds.get(i), type, "input", field, String.valueOf(i)));
        }
        return ids;
    }
}
