package com.newretail.retail.domain;

import java.util.List;

/** A retail rule a change broke; becomes a userError. */
public record RetailProblem(List<String> field, String message, RetailErrorCode code) {

    public static RetailProblem of(RetailErrorCode code, String message, String... field) {
        return new RetailProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
