package com.newretail.retail.domain;

import java.util.List;

import com.newretail.platform.mutation.Refusal;

/** A retail rule a change broke; becomes a userError. */
public record RetailProblem(List<String> field, String message, RetailErrorCode code) implements Refusal<RetailErrorCode> {

    public static RetailProblem of(RetailErrorCode code, String message, String... field) {
        return new RetailProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
