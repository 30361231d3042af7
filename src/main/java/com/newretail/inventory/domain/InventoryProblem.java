package com.newretail.inventory.domain;

import java.util.List;

/** An inventory rule a change broke; becomes a userError. */
public record InventoryProblem(List<String> field, String message, InventoryErrorCode code) {

    public static InventoryProblem of(InventoryErrorCode code, String message, String... field) {
        return new InventoryProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
