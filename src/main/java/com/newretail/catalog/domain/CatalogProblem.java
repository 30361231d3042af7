package com.newretail.catalog.domain;

import java.util.List;

import com.newretail.platform.mutation.Refusal;

/** A catalog rule a change broke; becomes a userError. */
public record CatalogProblem(List<String> field, String message, CatalogErrorCode code) implements Refusal<CatalogErrorCode> {

    public static CatalogProblem of(CatalogErrorCode code, String message, String... field) {
        return new CatalogProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
