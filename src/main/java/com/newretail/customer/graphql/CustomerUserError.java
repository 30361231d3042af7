package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.customer.domain.CustomerErrorCode;
import com.newretail.platform.graphql.AreaUserError;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.Refusal;

/** A userError of the customer area. */
@Type("CustomerUserError")
@Description("Why a customer mutation did not do what was asked.")
public class CustomerUserError extends AreaUserError<CustomerErrorCode> implements UserError {

    public static final ErrorArea<CustomerErrorCode, CustomerUserError> AREA = ErrorArea.of(CustomerErrorCode.class, CustomerUserError::new);

    public CustomerUserError(Refusal<CustomerErrorCode> refusal) {
        super(refusal);
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"mobile\"].")
    public List<@NonNull String> getField() {
        return super.getField();
    }

    @NonNull
    @Description("Machine-readable reason.")
    public CustomerErrorCode getCode() {
        return code();
    }
}
