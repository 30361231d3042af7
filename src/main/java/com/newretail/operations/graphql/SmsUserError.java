package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.sms.SmsErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the SMS area. */
@Type("SmsUserError")
@Description("Why an SMS mutation did not do what was asked.")
public record SmsUserError(
        @NonNull @Description("Machine-readable reason.") SmsErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"body\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<SmsErrorCode, SmsUserError> AREA = ErrorArea.of(SmsErrorCode.class,
            refusal -> new SmsUserError(refusal.code(), refusal.field(), refusal.message()));
}
