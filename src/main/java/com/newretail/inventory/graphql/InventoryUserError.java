package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.domain.InventoryErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the inventory area. */
@Type("InventoryUserError")
@Description("Why an inventory mutation did not do what was asked.")
public record InventoryUserError(
        @NonNull @Description("Machine-readable reason.") InventoryErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"lines\", \"0\", \"quantity\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<InventoryErrorCode, InventoryUserError> AREA = ErrorArea.of(InventoryErrorCode.class,
            refusal -> new InventoryUserError(refusal.code(), refusal.field(), refusal.message()));
}
