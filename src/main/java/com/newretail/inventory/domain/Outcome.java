package com.newretail.inventory.domain;

import java.util.List;

import com.newretail.platform.mutation.Result;

/** The id of the object a change created or touched, or the problems that refused it. */
public record Outcome(Long id, List<InventoryProblem> problems) implements Result<Long> {

    @Override
    public Long value() {
        return id;
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public static Outcome of(long id) {
        return new Outcome(id, List.of());
    }

    public static Outcome refused(List<InventoryProblem> problems) {
        return new Outcome(null, problems);
    }

    public static Outcome refused(InventoryErrorCode code, String message, String... field) {
        return refused(List.of(InventoryProblem.of(code, message, field)));
    }
}
