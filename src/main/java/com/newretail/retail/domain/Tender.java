package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** How a customer pays. */
@Description("How a customer pays. Every tender but CASH needs a reference; only CASH may exceed the amount due (change).")
public enum Tender {
    @Description("Cash; change is given for the amount above what is due.")
    CASH,
    @Description("Bank card; reference = terminal slip number.")
    BANK_CARD,
    @Description("WeChat Pay; reference = transaction number.")
    WECHAT_PAY,
    @Description("Alipay; reference = transaction number.")
    ALIPAY,
    @Description("Stored-value card; reference = card number.")
    STORED_VALUE,
    @Description("Paper or third-party voucher taken as payment; reference = voucher number.")
    COUPON
}
