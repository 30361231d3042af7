package com.newretail.customer.domain;

import java.util.List;

import com.newretail.platform.mutation.Refusal;

/** A customer rule a change broke; becomes a userError. */
public record CustomerProblem(List<String> field, String message, CustomerErrorCode code) implements Refusal<CustomerErrorCode> {

    public static CustomerProblem of(CustomerErrorCode code, String message, String... field) {
        return new CustomerProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
