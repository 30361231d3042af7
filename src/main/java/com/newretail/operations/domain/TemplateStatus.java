package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** Whether a template (coupon or SMS) is still in use. */
@Description("Whether a coupon or SMS template is still in use.")
public enum TemplateStatus {
    @Description("In use: a coupon template issues coupons (within its validity and caps), an SMS template sends.")
    ACTIVE,
    @Description("Out of use: no more coupons or texts from it; coupons issued stay valid.")
    ARCHIVED
}
