package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.UserError;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;

/** A userError of the retail area. */
@Type("RetailUserError")
@Description("Why a retail mutation did not do what was asked, or why part of a cart cannot be priced.")
public class RetailUserError implements UserError {

    private final RetailProblem problem;

    public RetailUserError(RetailProblem problem) {
        this.problem = problem;
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"tenders\", \"0\", \"reference\"].")
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
    public RetailErrorCode getCode() {
        return problem.code();
    }
}
