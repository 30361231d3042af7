package com.newretail.retail.domain;

import java.math.BigDecimal;

/** One payment of a checkout. */
public record TenderLine(Tender tender, BigDecimal amount, String reference) {
}
