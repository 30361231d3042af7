package com.newretail.organization.domain;

import java.util.List;
import java.util.Map;

import com.newretail.platform.mutation.Result;

import io.smallrye.mutiny.Uni;

/**
 * The result of a change: the changed object (and its audited fields before the change), or the
 * problems that stopped it.
 */
public record Outcome<T>(T value, List<OrganizationProblem> problems, Map<String, Object> before) implements Result<T> {

    public static <T> Outcome<T> done(T value) {
        return new Outcome<>(value, List.of(), Map.of());
    }

    public static <T> Outcome<T> done(T value, Map<String, Object> before) {
        return new Outcome<>(value, List.of(), before);
    }

    public static <T> Outcome<T> refused(List<OrganizationProblem> problems) {
        return new Outcome<>(null, List.copyOf(problems), Map.of());
    }

    public static <T> Outcome<T> refused(OrganizationProblem problem) {
        return refused(List.of(problem));
    }

    /** A refusal, already wrapped for a Uni chain. */
    public static <T> Uni<Outcome<T>> refusedNow(OrganizationProblem problem) {
        return Uni.createFrom().item(refused(problem));
    }

    @Override
    public boolean succeeded() {
        return problems.isEmpty();
    }
}
