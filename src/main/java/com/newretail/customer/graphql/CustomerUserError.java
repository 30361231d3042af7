package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.customer.domain.CustomerErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the customer area. */
@Type("CustomerUserError")
@Description("Why a customer mutation did not do what was asked.")
public record CustomerUserError(
        @NonNull @Description("Machine-readable reason.") CustomerErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"mobile\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<CustomerErrorCode, CustomerUserError> AREA = ErrorArea.of(CustomerErrorCode.class,
            refusal -> new CustomerUserError(refusal.code(), refusal.field(), refusal.message()));
}
