package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.platform.graphql.AreaUserError;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.Refusal;

/** A userError of the retail area. */
@Type("RetailUserError")
@Description("Why a retail mutation did not do what was asked, or why part of a cart cannot be priced.")
public class RetailUserError extends AreaUserError<RetailErrorCode> implements UserError {

    public static final ErrorArea<RetailErrorCode, RetailUserError> AREA = ErrorArea.of(RetailErrorCode.class, RetailUserError::new);

    public RetailUserError(Refusal<RetailErrorCode> refusal) {
        super(refusal);
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"tenders\", \"0\", \"reference\"].")
    public List<@NonNull String> getField() {
        return super.getField();
    }

    @NonNull
    @Description("Machine-readable reason.")
    public RetailErrorCode getCode() {
        return code();
    }
}
