package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.CouponErrorCode;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.graphql.UserError;

/** A userError of the coupons area. */
@Type("CouponUserError")
@Description("Why a coupon mutation did not do what was asked.")
public record CouponUserError(
        @NonNull @Description("Machine-readable reason.") CouponErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"customerIds\", \"3\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<CouponErrorCode, CouponUserError> AREA = ErrorArea.of(CouponErrorCode.class,
            refusal -> new CouponUserError(refusal.code(), refusal.field(), refusal.message()));
}
