package com.newretail.organization.domain;

import java.util.List;

import com.newretail.platform.mutation.Refusal;

/** A business rule an organization change broke; becomes a userError in the GraphQL payload. */
public record OrganizationProblem(List<String> field, String message, OrganizationErrorCode code) implements Refusal<OrganizationErrorCode> {

    public static OrganizationProblem of(OrganizationErrorCode code, String message, String... field) {
        return new OrganizationProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
