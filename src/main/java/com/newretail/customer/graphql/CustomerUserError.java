package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.customer.domain.CustomerErrorCode;
import com.newretail.customer.domain.CustomerProblem;
import com.newretail.platform.graphql.UserError;

/** A userError of the customer area. */
@Type("CustomerUserError")
@Description("Why a customer mutation did not do what was asked.")
public class CustomerUserError implements UserError {

    private final CustomerProblem problem;

    public CustomerUserError(CustomerProblem problem) {
        this.problem = problem;
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"mobile\"].")
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
    public CustomerErrorCode getCode() {
        return problem.code();
    }
}
