package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.domain.InventoryErrorCode;
import com.newretail.inventory.domain.InventoryProblem;
import com.newretail.platform.graphql.UserError;

/** A userError of the inventory area. */
@Type("InventoryUserError")
@Description("Why an inventory mutation did not do what was asked.")
public class InventoryUserError implements UserError {

    private final InventoryProblem problem;

    public InventoryUserError(InventoryProblem problem) {
        this.problem = problem;
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"lines\", \"0\", \"quantity\"].")
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
    public InventoryErrorCode getCode() {
        return problem.code();
    }
}
