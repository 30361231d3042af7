package com.newretail.retail.domain;

import java.math.BigDecimal;

/** A cart line as the clerk enters it. */
public record CartLineDraft(long skuId, int quantity, BigDecimal lineDiscount, String discountReason) {
}
