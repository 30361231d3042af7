package com.newretail.catalog.domain;

import java.util.List;

/** A catalog rule a change broke; becomes a userError. */
public record CatalogProblem(List<String> field, String message, CatalogErrorCode code) {

    public static CatalogProblem of(CatalogErrorCode code, String message, String... field) {
        return new CatalogProblem(field.length == 0 ? null : List.of(field), message, code);
    }
}
