package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.domain.InventoryErrorCode;
import com.newretail.platform.graphql.AreaUserError;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.Refusal;

/** A userError of the inventory area. */
@Type("InventoryUserError")
@Description("Why an inventory mutation did not do what was asked.")
public class InventoryUserError extends AreaUserError<InventoryErrorCode> implements UserError {

    public static final ErrorArea<InventoryErrorCode, InventoryUserError> AREA = ErrorArea.of(InventoryErrorCode.class, InventoryUserError::new);

    public InventoryUserError(Refusal<InventoryErrorCode> refusal) {
        super(refusal);
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"lines\", \"0\", \"quantity\"].")
    public List<@NonNull String> getField() {
        return super.getField();
    }

    @NonNull
    @Description("Machine-readable reason.")
    public InventoryErrorCode getCode() {
        return code();
    }
}
