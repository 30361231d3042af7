package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a coupon template. */
@Type("CouponTemplatePayload")
@Description("Result of creating or archiving a coupon template: the template as it is now, or why nothing changed.")
public record CouponTemplatePayload(
        @Ignore Long templateId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull CouponUserError> userErrors) {

    static final PayloadKind<Long, CouponTemplatePayload, CouponUserError> KIND = PayloadKind.ofId(CouponUserError.AREA, CouponTemplate.TYPE,
            CouponTemplatePayload::new, CouponTemplatePayload::userErrors);
}
