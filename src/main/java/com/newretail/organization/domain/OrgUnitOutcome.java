package com.newretail.organization.domain;

import java.util.List;

/** The result of an org unit change: the unit, or the problems that stopped it. */
public record OrgUnitOutcome(OrgUnitEntity unit, List<OrgUnitProblem> problems) {

    public static OrgUnitOutcome done(OrgUnitEntity unit) {
        return new OrgUnitOutcome(unit, List.of());
    }

    public static OrgUnitOutcome refused(List<OrgUnitProblem> problems) {
        return new OrgUnitOutcome(null, List.copyOf(problems));
    }

    public static OrgUnitOutcome refused(OrgUnitProblem problem) {
        return refused(List.of(problem));
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
