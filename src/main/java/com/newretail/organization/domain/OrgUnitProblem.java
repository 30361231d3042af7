package com.newretail.organization.domain;

import java.util.List;

/** A business rule an org unit change broke; becomes a userError in the GraphQL payload. */
public record OrgUnitProblem(List<String> field, String message, OrganizationErrorCode code) {

    public static OrgUnitProblem of(OrganizationErrorCode code, String message, String... field) {
        return new OrgUnitProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
