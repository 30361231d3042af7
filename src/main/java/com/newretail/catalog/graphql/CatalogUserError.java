package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.domain.CatalogErrorCode;
import com.newretail.catalog.domain.CatalogProblem;
import com.newretail.platform.graphql.UserError;

/** A userError of the catalog area. */
@Type("CatalogUserError")
@Description("Why a catalog mutation did not do what was asked.")
public class CatalogUserError implements UserError {

    private final CatalogProblem problem;

    public CatalogUserError(CatalogProblem problem) {
        this.problem = problem;
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"skus\", \"0\", \"barcode\"].")
    public List<@NonNull String> getField() {
        return problem.field();
    }

    @Override
    @NonNull
    @Description("What went wrong, in words a user can act on.")
    public String getMessage() {
        return problem.message();
    }

    @NonNull
    @Description("Machine-readable reason.")
    public CatalogErrorCode getCode() {
        return problem.code();
    }
}
