package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a claim. */
@Type("CouponClaimPayload")
@Description("Result of claiming a coupon with a template's code: the member's new coupon, or why none was issued.")
public record CouponClaimPayload(
        @Ignore Long couponId,
        @NonNull @Description("Why no coupon was issued; empty on success.") List<@NonNull CouponUserError> userErrors) {

    static final PayloadKind<Long, CouponClaimPayload, CouponUserError> KIND = PayloadKind.ofId(CouponUserError.AREA, Coupon.TYPE,
            CouponClaimPayload::new, CouponClaimPayload::userErrors);
}
