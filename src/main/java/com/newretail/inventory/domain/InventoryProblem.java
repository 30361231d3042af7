package com.newretail.inventory.domain;

import java.util.List;

import com.newretail.platform.mutation.Refusal;

/** An inventory rule a change broke; becomes a userError. */
public record InventoryProblem(List<String> field, String message, InventoryErrorCode code) implements Refusal<InventoryErrorCode> {

    public static InventoryProblem of(InventoryErrorCode code, String message, String... field) {
        return new InventoryProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
