package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the retail area. */
@Type("RetailUserError")
@Description("Why a retail mutation did not do what was asked, or why part of a cart cannot be priced.")
public record RetailUserError(
        @NonNull @Description("Machine-readable reason.") RetailErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"tenders\", \"0\", \"reference\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<RetailErrorCode, RetailUserError> AREA = ErrorArea.of(RetailErrorCode.class,
            refusal -> new RetailUserError(refusal.code(), refusal.field(), refusal.message()));
}
